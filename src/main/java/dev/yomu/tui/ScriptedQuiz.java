package dev.yomu.tui;

import dev.yomu.quiz.Question;
import dev.yomu.quizsession.QuizService.Outcome;
import dev.yomu.quizsession.QuizSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * A quiz without a screen: each question printed as text, one answer read per line ({@code 1}-{@code 4},
 * {@code f} flags the question as bad, {@code q} ends). For scripts, tests and dumb terminals.
 */
public final class ScriptedQuiz {
    private final QuizSession session;
    private final BufferedReader in;
    private final PrintWriter out;

    public ScriptedQuiz(QuizSession session, BufferedReader in, PrintWriter out) {
        this.session = session;
        this.in = in;
        this.out = out;
    }

    public void run() {
        while (session.current().isPresent()) {
            Question q = session.current().get();
            out.println("── question " + session.position() + "/" + session.total() + " · " + q.kind().label() + " ──");
            out.println(q.prompt());
            for (int i = 0; i < 4; i++) out.println("  " + (i + 1) + ") " + q.choices().get(i));
            out.flush();
            String key = readAnswer();
            if (key.equals("q")) break;
            if (key.equals("f")) {
                out.println("⚑ flagged: this question will not be asked again");
                session.flag();
                continue;
            }
            out.println(feedback(q, session.answer(Integer.parseInt(key) - 1), Integer.parseInt(key) - 1));
            session.next();
        }
        out.println(session.summary());
        out.flush();
    }

    /** The lines shown after an answer: right or wrong, the evidence, the explanation, the card. */
    static String feedback(Question q, Outcome o, int chosen) {
        StringBuilder sb = new StringBuilder();
        sb.append(o.correct() ? "✓ correct" : "✗ " + (chosen + 1) + " is wrong; the answer is " + (q.answer() + 1) + ") " + q.answerText());
        sb.append("\n  evidence: ").append(q.evidence());
        if (!q.explanation().isBlank()) sb.append("\n  ").append(q.explanation());
        o.cardNote().ifPresent(n -> sb.append("\n  → ").append(n));
        return sb.toString();
    }

    private String readAnswer() {
        try {
            while (true) {
                String line = in.readLine();
                if (line == null) return "q";
                line = line.strip().toLowerCase();
                if (line.matches("[1-4fq]")) return line;
                if (!line.isEmpty()) out.println("? type 1-4 to answer, f to flag a bad question or q to quit");
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
