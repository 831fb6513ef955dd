package dev.yomu.cli;

import dev.yomu.support.YomuException;
import dev.yomu.tui.YesNoQuestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jline.terminal.Terminal;

/** A yes/no question before something that cannot be undone: asked on a terminal, refused without one. */
final class Confirmation {
    private Confirmation() {}

    /**
     * @param noTerminal the one line said (exit 2) when input is not a terminal to ask on; it names --yes
     * @return whether the learner typed yes
     */
    static boolean ask(AppContext ctx, String question, String noTerminal) {
        Optional<Terminal> terminal = ctx.terminal();
        if (terminal.isEmpty()) throw YomuException.invalidInput(noTerminal);
        try (Terminal t = terminal.get()) {
            return new YesNoQuestion(t).ask(question);
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }
}
