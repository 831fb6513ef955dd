package dev.yomu.tui;

import java.util.function.Consumer;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.InfoCmp.Capability;

/**
 * Takes the terminal over for a full-screen view and always gives it back: raw keys, the
 * alternate screen, no cursor, resize notices; everything restored in {@code finally}, whatever
 * the view throws.
 */
final class FullScreen {
    private FullScreen() {}

    static void run(Terminal terminal, Runnable onResize, Consumer<Painter> view) {
        Attributes saved = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(LocalFlag.ISIG, false); // Ctrl-C arrives as a key: it cancels, it never kills mid-answer
        terminal.setAttributes(raw);
        SignalHandler previous = terminal.handle(Signal.WINCH, s -> onResize.run());
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.cursor_invisible);
        try {
            view.accept(new Painter(terminal));
        } finally {
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.exit_ca_mode);
            terminal.setAttributes(saved);
            terminal.handle(Signal.WINCH, previous);
            terminal.flush();
        }
    }
}
