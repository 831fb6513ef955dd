package dev.yomu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The one place that chooses how a studying command (review, quiz, read) talks to the learner: the full
 * screen on a real terminal, line by line when input is not a terminal (a pipe, a script, a test) or the
 * terminal is dumb (no cursor control, e.g. TERM=dumb or an editor's shell).
 */
final class TerminalChoice {
    private TerminalChoice() {}

    /** Line-by-line mode, reading the learner's answers from {@code in}. */
    interface LineByLine {
        void run(BufferedReader in) throws IOException;
    }

    /** Full-screen mode on {@code terminal}, which is closed afterwards. */
    interface FullScreen {
        void run(Terminal terminal) throws IOException;
    }

    /** False when {@link #run} will surely go line by line (no console); true may still end up line by line (a dumb terminal). */
    static boolean mayBeFullScreen() {
        return System.console() != null;
    }

    static void run(LineByLine lines, FullScreen screen) throws IOException {
        if (!mayBeFullScreen()) {
            lines.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            return;
        }
        try (Terminal terminal = systemTerminal()) {
            if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType()))
                lines.run(new BufferedReader(terminal.reader()));
            else
                screen.run(terminal);
        }
    }

    /**
     * The terminal JLine's own choice gives, asked of its JNI provider first. Left to choose, JLine loads
     * every provider it knows and asks each whether the output is a terminal, and its exec provider
     * answers by running {@code test -t 1}: a child process and the jansi and JNA providers' classes on
     * every start of a full screen, tens of milliseconds before the first frame. JNI is the provider JLine picks first on this Java
     * wherever its native library loads (and TERM=dumb gets the same dumb terminal from either call);
     * where it does not load, the second attempt is exactly the old call, so the terminal is the same.
     */
    private static Terminal systemTerminal() throws IOException {
        try {
            return TerminalBuilder.builder().system(true).provider(TerminalBuilder.PROP_PROVIDER_JNI).dumb(false).build();
        } catch (IllegalStateException | IOException e) {
            return TerminalBuilder.builder().system(true).dumb(true).build();
        }
    }
}
