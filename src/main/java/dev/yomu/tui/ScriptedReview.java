package dev.yomu.tui;

import dev.yomu.review.CardText;
import dev.yomu.review.ReviewQueue;
import dev.yomu.review.ReviewSession;
import dev.yomu.srs.IntervalFormat;
import dev.yomu.srs.NextState;
import dev.yomu.srs.Rating;
import dev.yomu.study.Card;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Review without a screen: each card printed as plain text, one answer read per line
 * ({@code 1}-{@code 4}, {@code u}, {@code k}, {@code s}, {@code q}). For scripts, tests and dumb
 * terminals; the session logic is the same as on the full screen.
 */
public final class ScriptedReview {
    private final ReviewSession session;
    private final BufferedReader in;
    private final PrintWriter out;

    public ScriptedReview(ReviewSession session, BufferedReader in, PrintWriter out) {
        this.session = session;
        this.in = in;
        this.out = out;
    }

    public void run() {
        while (session.current().isPresent()) {
            Card card = session.current().get();
            print(card);
            if (!handle(readAnswer())) break;
        }
        if (session.current().isEmpty()) out.println("No more cards for today.");
        out.println(session.summary().text());
        out.flush();
    }

    private void print(Card card) {
        ReviewQueue.Remaining n = session.counts();
        CardText t = CardText.of(card, session.example());
        out.println("── new " + n.fresh() + " · learning " + n.learning() + " · review " + n.review() + " ──");
        out.println(t.word());
        if (!t.before().isEmpty() || !t.inContext().isEmpty())
            out.println("  " + t.before() + "[" + t.inContext() + "]" + t.after());
        out.println("answer: " + t.wordWithFurigana() + " · " + t.pos() + " · " + t.meaning());
        if (!t.sentenceWithFurigana().isEmpty()) out.println("  " + t.sentenceWithFurigana());
        if (!t.source().isEmpty()) out.println("  from: " + t.source());
        out.println("keys: " + buttons() + " · u undo · k known · s skip · q quit");
        out.flush();
    }

    String buttons() {
        StringBuilder sb = new StringBuilder();
        for (Rating r : Rating.values()) {
            NextState s = session.outcomes().get(r);
            if (sb.length() > 0) sb.append(" · ");
            sb.append(r.grade()).append(' ').append(label(r)).append(' ').append(IntervalFormat.format(s.interval()));
        }
        return sb.toString();
    }

    static String label(Rating r) {
        return switch (r) {
            case AGAIN -> "Again";
            case HARD -> "Hard";
            case GOOD -> "Good";
            case EASY -> "Easy";
        };
    }

    private String readAnswer() {
        try {
            while (true) {
                String line = in.readLine();
                if (line == null) return "q";
                line = line.strip().toLowerCase();
                if (line.matches("[1-4uksq]")) return line;
                if (!line.isEmpty()) out.println("? type 1-4 to grade, u undo, k known, s skip or q quit");
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies one answer; false ends the session. */
    private boolean handle(String key) {
        switch (key) {
            case "q" -> {
                return false;
            }
            case "u" -> out.println(session.undo() ? "↶ undone" : "nothing to undo");
            case "k" -> {
                String lemma = session.current().get().lemma();
                session.markKnown(); // stored first: the line must never claim what a failure undid
                out.println("✓ " + lemma + " marked known");
            }
            case "s" -> session.skip();
            default -> {
                Rating r = Rating.fromKey(Integer.parseInt(key));
                String next = IntervalFormat.format(session.outcomes().get(r).interval());
                session.grade(r);
                out.println("→ " + label(r) + ", next in " + next);
            }
        }
        return true;
    }
}
