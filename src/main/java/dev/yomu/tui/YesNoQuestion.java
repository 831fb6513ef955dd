package dev.yomu.tui;

import dev.yomu.text.Printable;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Asks the learner a yes/no question on the terminal before something that cannot be undone. Only
 * a typed yes counts: Enter alone, anything else, Ctrl-C or Ctrl-D mean no. JLine's line reader
 * reads the answer, because a terminal left in its ordinary mode swallows Ctrl-D before Java sees it.
 */
public final class YesNoQuestion {
    /** A learner typing with the Japanese input method on gets full-width letters or はい. */
    private static final Set<String> YES = Set.of("y", "yes", "ｙ", "ｙｅｓ", "はい");

    private final Terminal terminal;

    public YesNoQuestion(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Shows {@code question} followed by " [y/N] " and reads one line. */
    public boolean ask(String question) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        try {
            String answer = reader.readLine(Printable.clean(question) + " [y/N] ");
            return YES.contains(answer.strip().toLowerCase(Locale.ROOT));
        } catch (UserInterruptException | EndOfFileException brokeOff) {
            // JLine answers Ctrl-C by interrupting the reading thread; left set, the flag would make
            // the database's next file access fail.
            Thread.interrupted();
            terminal.writer().println();
            terminal.writer().flush();
            return false;
        }
    }
}
