#!/usr/bin/env bash
# Opens the real reader in tmux on the seed whose title holds an emoji (⚡, drawn two columns wide) at
# 80x24 and 120x40 and checks what a person sees: the header on the first row, no row running past
# the right edge (a wrapped row pushes the header off the screen), every key in the footer, and a
# clean terminal after Ctrl-C. Exits non-zero when a check fails. Needs tmux; run from the project root:
#   bash src/test/tmux/reader-screen.sh
set -euo pipefail # checks use here-strings: grep -q closing a pipe early would fail the pipeline
cd "$(dirname "$0")/../../.."
[ -f target/yomu.jar ] || mvn -q -B -Dmaven.test.skip=true package
home=$(mktemp -d)
session="yomu-reader-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$home"' EXIT
java -jar target/yomu.jar --home "$home" >/dev/null 2>&1
id=$(java -jar target/yomu.jar --home "$home" articles | awk '/⚡/ {print $1; exit}')
[ -n "$id" ] || { echo "no article with ⚡ in its title was imported" >&2; exit 1; }

fail() { echo "=== $1" >&2; tmux capture-pane -p -t "$session" >&2; exit 1; }

for size in 80x24 120x40; do
  cols=${size%x*}; rows=${size#*x}
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x "$cols" -y "$rows" \
    "java -jar target/yomu.jar --home $home --now 2026-03-01T01:00:00Z read $id; echo EXITED; sleep 60"
  for _ in $(seq 1 50); do
    sleep 0.2
    grep -qF "q quit" <<<"$(tmux capture-pane -p -t "$session")" && break
  done
  screen=$(tmux capture-pane -p -t "$session")
  echo "=== reader at $size"; echo "$screen"
  first=$(head -1 <<<"$screen")
  [[ "$first" == " 読む ルーカス・レイロス⚡"* ]] || fail "$size: the first row is not the header: $first"
  # a row that ran past the edge wraps into the next one: tmux marks it in the pane's line flags
  wrapped=$(tmux capture-pane -p -J -t "$session" | wc -l)
  [ "$wrapped" -eq "$(wc -l <<<"$screen")" ] || fail "$size: a row wrapped"
  for key in "u undo" "space b page" "/ search" "q quit"; do
    grep -qF "$key" <<<"$screen" || fail "$size: the footer dropped '$key'"
  done
  tmux send-keys -t "$session" C-c
  for _ in $(seq 1 25); do
    sleep 0.2
    grep -qF "EXITED" <<<"$(tmux capture-pane -p -t "$session")" && break
  done
  after=$(tmux capture-pane -p -t "$session" | grep -v '^[[:space:]]*$' || true)
  [ "$after" = "EXITED" ] || fail "$size: after Ctrl-C the terminal is not clean"
done
echo "reader screen OK"
