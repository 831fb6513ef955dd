package dev.yomu.tui;

import dev.yomu.quiz.Question;
import dev.yomu.quizsession.QuizService.Outcome;
import dev.yomu.quizsession.QuizSession;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The full-screen quiz: 1-4 answer, then the evidence and explanation show; space or Enter goes on,
 * f flags a bad question (never asked again), q or Ctrl-D ends. {@link QuizSession} decides and stores.
 */
public final class QuizScreen {
    private static final int CTRL_C = 3, CTRL_D = 4;
    private static final AttributedStyle BOLD = AttributedStyle.BOLD;
    private static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle GOOD = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle BAD = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    private final Terminal terminal;
    private final QuizSession session;
    private String message = "";
    private volatile boolean resized = true;
    private boolean quit;

    public QuizScreen(Terminal terminal, QuizSession session) {
        this.terminal = terminal;
        this.session = session;
    }

    public void run() {
        FullScreen.run(terminal, () -> resized = true, this::loop);
    }

    private void loop(Painter display) {
        Keys keys = new Keys(terminal);
        while (!quit && session.current().isPresent()) {
            Size size = terminal.getSize();
            int cols = Math.max(1, size.getColumns()), rows = Math.max(1, size.getRows());
            if (resized) {
                resized = false;
                display.clear();
            }
            display.paint(render(cols, rows), cols);
            int key = keys.next(100L);
            if (key == Keys.NONE) continue;
            if (key == Keys.EOF) break;
            if (Keys.isEscape(key)) continue; // Esc, arrow keys and other sequences: not ours
            handle(key);
        }
    }

    void handle(int key) {
        message = "";
        if (key == CTRL_D || key == CTRL_C || key == 'q') { // every answer is already stored
            quit = true;
        } else if (key == 'f') {
            session.flag();
            message = "flagged: that question will not be asked again";
        } else if (!session.answered() && key >= '1' && key <= '4') {
            session.answer(key - '1');
        } else if (session.answered() && (key == ' ' || key == '\r' || key == '\n')) {
            session.next();
        } else {
            message = session.answered() ? "space next · f flag · q quit" : "1-4 answer · f flag a bad question · q quit";
        }
    }

    /** The screen as exactly {@code rows} lines. */
    List<AttributedString> render(int cols, int rows) {
        Question q = session.current().orElseThrow();
        List<AttributedString> body = new ArrayList<>();
        body.add(AttributedString.EMPTY);
        for (String line : q.prompt().split("\n")) add(body, new AttributedString(line, BOLD), cols);
        body.add(AttributedString.EMPTY);
        for (int i = 0; i < 4; i++) {
            AttributedStyle style = AttributedStyle.DEFAULT;
            if (session.answered() && i == q.answer()) style = GOOD.bold();
            else if (session.answered() && i == session.chosen()) style = BAD;
            add(body, new AttributedString((i + 1) + ") " + q.choices().get(i), style), cols);
        }
        if (session.answered()) feedback(q, session.outcome().orElseThrow(), body, cols);
        List<AttributedString> out = new ArrayList<>();
        String head = " 読む quiz  " + session.position() + "/" + session.total() + "  " + q.kind().label()
                + "   correct " + session.correct() + "/" + session.answeredCount();
        out.add(Wrap.fit(new AttributedString(head, AttributedStyle.INVERSE), cols));
        for (int i = 0; i < Math.max(0, rows - 3); i++)
            out.add(i < body.size() ? Wrap.fit(body.get(i), cols) : AttributedString.EMPTY);
        if (rows >= 3) out.add(Wrap.fit(new AttributedString(" " + message, DIM), cols));
        String keys = session.answered() ? " space next   f flag   q quit" : " 1-4 answer   f flag a bad question   q quit";
        if (rows >= 2) out.add(Wrap.fit(new AttributedString(keys), cols));
        return out.subList(0, Math.min(out.size(), rows));
    }

    private static void feedback(Question q, Outcome o, List<AttributedString> body, int cols) {
        body.add(AttributedString.EMPTY);
        body.add(o.correct() ? new AttributedString("  ✓ correct", GOOD) : new AttributedString("  ✗ wrong: the answer is "
                + (q.answer() + 1) + ") " + q.answerText(), BAD));
        add(body, new AttributedString("evidence: " + q.evidence(), DIM), cols);
        if (!q.explanation().isBlank()) add(body, new AttributedString(q.explanation()), cols);
        o.cardNote().ifPresent(n -> add(body, new AttributedString("→ " + n, BOLD), cols));
    }

    private static void add(List<AttributedString> body, AttributedString line, int cols) {
        for (AttributedString l : Wrap.wrap(line, Math.max(10, cols - 4)))
            body.add(new AttributedStringBuilder().append("  ").append(l).toAttributedString());
    }
}
