package dev.yomu.tui;

import dev.yomu.review.CardText;
import dev.yomu.review.ReviewQueue;
import dev.yomu.review.ReviewSession;
import dev.yomu.srs.IntervalFormat;
import dev.yomu.srs.Rating;
import dev.yomu.study.Card;
import dev.yomu.text.Kana;
import dev.yomu.text.RomajiKana;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The full-screen review: one key per action. Space or Enter shows the answer, 1-4 grade, u undoes,
 * k marks the word known, s skips, Tab switches typed readings on and off, q or Ctrl-D ends.
 * The screen only draws and reads keys; {@link ReviewSession} decides and stores.
 */
public final class ReviewScreen {
    private static final int CTRL_C = 3, CTRL_D = 4, TAB = 9, BACKSPACE = 127, CTRL_H = 8;
    private static final AttributedStyle BOLD = AttributedStyle.BOLD;
    private static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle HIGHLIGHT = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW).underline();
    private static final AttributedStyle GOOD = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle BAD = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    private final Terminal terminal;
    private final ReviewSession session;
    private boolean typing;
    private final StringBuilder typed = new StringBuilder();
    private String message = "";
    private volatile boolean resized = true;
    private boolean quit;

    public ReviewScreen(Terminal terminal, ReviewSession session, boolean typing) {
        this.terminal = terminal;
        this.session = session;
        this.typing = typing;
    }

    public void run() {
        FullScreen.run(terminal, () -> resized = true, this::loop);
    }

    private void loop(Painter display) {
        Keys keys = new Keys(terminal);
        while (!quit && session.current().isPresent()) {
            if (resized) {
                resized = false;
                display.clear();
            }
            Size size = terminal.getSize();
            int cols = Math.max(1, size.getColumns());
            display.paint(render(cols, Math.max(1, size.getRows())), cols);
            int key = keys.next(100L);
            if (key == Keys.NONE) continue;
            if (key == Keys.EOF) break;
            handle(key);
        }
    }

    void handle(int key) {
        if (Keys.isEscape(key)) return; // Esc, arrow keys and other sequences: not ours
        message = "";
        if (key == CTRL_D || key == CTRL_C) { // Ctrl-C ends the session as q does: every answer is already stored
            quit = true;
        } else if (key == TAB) {
            typing = !typing;
            typed.setLength(0);
            message = typing ? "typed readings on" : "typed readings off";
        } else if (!session.revealed() && typing) {
            typingKey(key);
        } else {
            commandKey(key);
        }
    }

    private void typingKey(int key) {
        if (key == '\r' || key == '\n') {
            if (typed.length() > 0) session.reveal();
        } else if (key == BACKSPACE || key == CTRL_H) {
            if (typed.length() > 0) typed.setLength(typed.length() - 1);
        } else if (key >= 0x20 && key < 0x7f) {
            typed.append((char) key);
        } else if (Character.isLetter(key) || Kana.isKana(key)) {
            typed.appendCodePoint(key); // an IME is allowed too
        }
    }

    private void commandKey(int key) {
        switch (key) {
            case ' ', '\r', '\n' -> session.reveal();
            case '1', '2', '3', '4' -> {
                if (!session.revealed()) {
                    message = "show the answer first (space)";
                    return;
                }
                Rating r = Rating.fromKey(key - '0');
                String interval = IntervalFormat.format(session.outcomes().get(r).interval());
                session.grade(r);
                typed.setLength(0);
                message = ScriptedReview.label(r) + " · next in " + interval;
            }
            case 'u' -> {
                message = session.undo() ? "undone" : "nothing to undo";
                typed.setLength(0);
            }
            case 'k' -> {
                String w = session.current().map(Card::lemma).orElse("");
                session.markKnown();
                typed.setLength(0);
                message = w + " marked known (u to undo)";
            }
            case 's' -> {
                session.skip();
                typed.setLength(0);
            }
            case 'q' -> quit = true;
            default -> message = "space show · 1-4 grade · u undo · k known · s skip · Tab typing · q quit";
        }
    }

    /** The screen as lines, exactly {@code rows} of them, for the current state. */
    List<AttributedString> render(int cols, int rows) {
        Card card = session.current().orElseThrow();
        CardText t = CardText.of(card, session.example());
        List<AttributedString> body = new ArrayList<>();
        body.add(AttributedString.EMPTY);
        body.add(new AttributedString("  " + t.word(), BOLD));
        body.add(AttributedString.EMPTY);
        if (!t.inContext().isEmpty() || !t.before().isEmpty()) {
            AttributedString sentence = new AttributedStringBuilder().append(t.before())
                    .styled(HIGHLIGHT, t.inContext()).append(t.after()).toAttributedString();
            for (AttributedString l : Wrap.wrap(sentence, cols - 4)) body.add(indent(l));
            body.add(AttributedString.EMPTY);
        }
        if (typing) body.add(typedLine(t));
        if (session.revealed()) back(t, cols, body);
        return frame(body, cols, rows);
    }

    private AttributedString typedLine(CardText t) {
        String kana = RomajiKana.toHiragana(typed.toString(), !session.revealed());
        AttributedStringBuilder b = new AttributedStringBuilder().append("  reading: ");
        if (!session.revealed()) return b.append(kana).styled(AttributedStyle.INVERSE, " ").toAttributedString();
        String expected = Kana.toHiragana(t.reading());
        if (Kana.toHiragana(kana).equals(expected))
            return b.styled(GOOD, kana + "  ✓ correct").append("  (suggest 3 Good)").toAttributedString();
        return b.append(ReadingDiff.mark(Kana.toHiragana(kana), expected, BAD)).styled(BAD, "  ✗ ")
                .append("reading is ").styled(BOLD, expected).append("  (suggest 1 Again)").toAttributedString();
    }

    private void back(CardText t, int cols, List<AttributedString> body) {
        body.add(new AttributedString("  " + "-".repeat(Math.max(0, Math.min(cols - 4, 60))), DIM));
        body.add(new AttributedStringBuilder().append("  ").styled(BOLD, t.wordWithFurigana()).append("   ")
                .styled(DIM, t.pos()).toAttributedString());
        for (AttributedString l : Wrap.wrap(t.meaning(), cols - 4)) body.add(indent(l));
        if (!t.sentenceWithFurigana().isEmpty()) {
            body.add(AttributedString.EMPTY);
            for (AttributedString l : Wrap.wrapWords(t.sentenceWords(), DIM, cols - 4))
                body.add(indent(l));
        }
        if (!t.source().isEmpty()) // a long title is cut with … so the learner sees it was cut
            body.add(indent(Wrap.ellipsize(new AttributedString("from: " + t.source(), DIM), cols - 2)));
    }

    private static AttributedString indent(AttributedString l) {
        return new AttributedStringBuilder().append("  ").append(l).toAttributedString();
    }

    private List<AttributedString> frame(List<AttributedString> body, int cols, int rows) {
        List<AttributedString> out = new ArrayList<>();
        out.add(Wrap.fit(header(cols), cols));
        List<AttributedString> footer = footer(cols);
        if (rows < 4) footer = footer.subList(0, 1);
        int room = Math.max(0, rows - 2 - footer.size());
        for (int i = 0; i < room; i++) out.add(i < body.size() ? Wrap.fit(body.get(i), cols) : AttributedString.EMPTY);
        if (rows >= 3) out.add(Wrap.fit(new AttributedString(" " + message, DIM), cols));
        if (rows >= 2) for (AttributedString f : footer) out.add(Wrap.fit(f, cols));
        return out.subList(0, Math.min(out.size(), rows));
    }

    private AttributedString header(int cols) {
        ReviewQueue.Remaining n = session.counts();
        String left = " 読む review";
        String right = "new " + n.fresh() + "  learning " + n.learning() + "  review " + n.review() + " ";
        String pad = " ".repeat(Math.max(1, cols - Wrap.width(left) - Wrap.width(right)));
        return new AttributedString(left + pad + right, AttributedStyle.INVERSE);
    }

    /** Every key the card accepts now, on two lines when one is too narrow. */
    private List<AttributedString> footer(int cols) {
        List<AttributedString> items = new ArrayList<>();
        if (!session.revealed() && typing) { // letters go to the reading, so only control keys act
            items.add(new AttributedString("type the reading in romaji,"));
            items.add(hint("Enter", "check"));
            items.add(hint("Tab", "typing off"));
            items.add(hint("Ctrl-C", "quit"));
            return Wrap.hints(items, cols);
        }
        if (!session.revealed()) {
            items.add(hint("space", "show answer"));
        } else {
            for (Rating r : Rating.values()) {
                String iv = IntervalFormat.format(session.outcomes().get(r).interval());
                items.add(new AttributedStringBuilder().styled(BOLD, String.valueOf(r.grade()))
                        .append(" " + ScriptedReview.label(r) + " ").styled(DIM, iv).toAttributedString());
            }
        }
        for (String[] k : new String[][] {{"u", "undo"}, {"k", "known"}, {"s", "skip"}, {"Tab", "typing"}, {"q", "quit"}})
            items.add(hint(k[0], k[1]));
        return Wrap.hints(items, cols);
    }

    private static AttributedString hint(String key, String what) {
        return new AttributedStringBuilder().styled(BOLD, key).append(" ").append(what).toAttributedString();
    }
}
