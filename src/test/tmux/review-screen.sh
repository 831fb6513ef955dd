#!/usr/bin/env bash
# Drives the real review screen in tmux at 80x24 and prints what a person sees after each key:
# the card, the revealed answer, a grade, undo, and quitting with the summary. Exits non-zero when
# an expected piece of the screen is missing. Needs tmux; run from the project root:
#   bash src/test/tmux/review-screen.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ -f target/yomu.jar ] || mvn -q -B -Dmaven.test.skip=true package
home=$(mktemp -d)
session="yomu-review-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$home"' EXIT
java -jar target/yomu.jar --home "$home" >/dev/null 2>&1
tmux new-session -d -s "$session" -x 80 -y 24 "java -jar target/yomu.jar --home $home --now 2026-03-01T01:00:00Z review; echo EXITED; sleep 60"

step() { # name, keys (may be empty), text expected on screen
  [ -n "$2" ] && tmux send-keys -t "$session" "$2"
  for _ in $(seq 1 50); do
    sleep 0.2
    if tmux capture-pane -p -t "$session" | grep -qF -- "$3"; then
      echo "=== $1"; tmux capture-pane -p -t "$session" | sed '/^$/N;/^\n$/D'; return 0
    fi
  done
  echo "=== $1: '$3' never appeared on screen:" >&2; tmux capture-pane -p -t "$session" >&2; exit 1
}

step "card front" "" "space show answer"
step "answer revealed" "Space" "1 Again"
step "graded Good" "3" "Good · next in"
step "undone" "u" "undone"
step "quit with summary" "q" "Reviewed 0 cards"
echo "review screen OK"
