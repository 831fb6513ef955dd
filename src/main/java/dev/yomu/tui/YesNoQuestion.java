package dev.yomu.tui;

import dev.yomu.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Asks the learner a yes/no question on the terminal before something that cannot be undone. Only
 * a typed yes counts: Enter alone, anything else, Ctrl-C, Ctrl-D or the end of input mean no.
 */
public final class YesNoQuestion {
    /** A learner typing with the Japanese input method on gets full-width letters or はい. */
    private static final Set<String> YES = Set.of("y", "yes", "ｙ", "ｙｅｓ", "はい");
    private static final int CTRL_C = 3, CTRL_D = 4;

    private final Terminal terminal;

    public YesNoQuestion(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Prints {@code question} with " [y/N] " and reads one line. */
    public boolean ask(String question) {
        PrintWriter w = terminal.writer();
        w.print(Printable.clean(question) + " [y/N] ");
        w.flush();
        String answer = readLine();
        w.println();
        w.flush();
        return answer != null && YES.contains(answer.strip().toLowerCase(Locale.ROOT));
    }

    /** The line typed, or null when the learner broke off. */
    private String readLine() {
        NonBlockingReader in = terminal.reader();
        StringBuilder line = new StringBuilder();
        try {
            while (true) {
                int c = in.read();
                if (c < 0 || c == CTRL_C || c == CTRL_D) return null;
                if (c == '\n' || c == '\r') return line.toString();
                line.append((char) c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
