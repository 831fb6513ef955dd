package dev.yomu.tui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.NonBlockingReader;

/**
 * A terminal for screen tests whose keyboard follows a script, all on the test's thread: no typist thread,
 * no sleeps, no polling, so every run reads the same keys in the same order and the verdict never depends
 * on the machine's speed. The bytes go through JLine's own line discipline and decoder (a
 * {@link LineDisciplineTerminal} with no pump thread), as a real terminal's would.
 *
 * <p>The script is a list of steps, taken only when the screen waits for a key and has read every byte
 * before: {@link #type} bytes that arrive at once (a key, a terminal's escape sequence, an IME's text), and
 * {@link #then} checks, which so see the screen after it handled every earlier key and painted the frame.
 * Between two writes the first timed wait is answered "no key came" ({@link NonBlockingReader#READ_EXPIRED}),
 * as a person's pause is: Esc typed alone is {@code type("\u001b")} followed by another write. After the last
 * step the input ends (EOF) and {@link #ranOut()} turns true: a screen that should have ended on a key
 * must never get there.
 */
final class ScriptedTerminal extends LineDisciplineTerminal {
    private final ByteArrayOutputStream screen;
    private final Deque<Object> steps = new ArrayDeque<>();
    private final NonBlockingReader keyboard = new Keyboard();
    private boolean pauseDue;
    private boolean ranOut;
    /** Characters fed and not yet read: JLine's decoder does not say how many it holds. */
    private int pending;

    private ScriptedTerminal(ByteArrayOutputStream screen, int cols, int rows) throws IOException {
        super("scripted", "xterm-256color", screen, StandardCharsets.UTF_8);
        this.screen = screen;
        setSize(new Size(cols, rows));
    }

    static ScriptedTerminal of(int cols, int rows) {
        try {
            return new ScriptedTerminal(new ByteArrayOutputStream(), cols, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} arrives at once, as UTF-8. */
    ScriptedTerminal type(String text) {
        return type(text.getBytes(StandardCharsets.UTF_8));
    }

    /** These bytes arrive at once. */
    ScriptedTerminal type(byte... bytes) {
        steps.add(bytes.clone());
        return this;
    }

    /** Each character of {@code keys} is its own write, with a pause before the next, as a person types. */
    ScriptedTerminal keys(String keys) {
        keys.codePoints().forEach(c -> type(new String(Character.toChars(c))));
        return this;
    }

    /**
     * Nothing more is typed for a while: the screen's next timed wait is told no key came, even in the middle
     * of an escape sequence, before the steps after this one.
     */
    ScriptedTerminal idle() {
        return type(new byte[0]);
    }

    /** Runs {@code check} once the screen has handled every key typed before it and waits for the next. */
    ScriptedTerminal then(Runnable check) {
        steps.add(check);
        return this;
    }

    /** Everything the screen wrote so far. */
    String drawn() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** Whether the screen asked for a key after the script's last step (and was told the input ended). */
    boolean ranOut() {
        return ranOut;
    }

    @Override
    public NonBlockingReader reader() {
        return keyboard;
    }

    /** The terminal's own reader, fed the next step whenever it has nothing left. */
    private final class Keyboard extends NonBlockingReader {
        @Override
        protected int read(long timeout, boolean isPeek) throws IOException {
            if (!ready(timeout)) return ranOut ? EOF : READ_EXPIRED;
            if (isPeek) return slaveReader.peek(0L);
            pending--;
            return slaveReader.read(0L);
        }

        @Override
        public int readBuffered(char[] b, int off, int len, long timeout) throws IOException {
            if (len == 0) return 0;
            if (!ready(timeout)) return ranOut ? EOF : READ_EXPIRED;
            int n = slaveReader.readBuffered(b, off, Math.min(len, pending), 0L);
            pending -= n;
            return n;
        }

        @Override
        public int available() {
            return pending;
        }

        @Override
        public void close() throws IOException {
            slaveReader.close();
        }

        /** Takes steps until a byte is there to read; false for a pause (a timed wait only) or the end. */
        private boolean ready(long timeout) throws IOException {
            while (pending == 0) {
                Object step = steps.peek();
                if (step == null) {
                    ranOut = true;
                    return false;
                }
                if (step instanceof byte[] && pauseDue && timeout > 0) {
                    pauseDue = false;
                    return false;
                }
                steps.remove();
                if (step instanceof Runnable check) {
                    check.run();
                } else {
                    byte[] bytes = (byte[]) step;
                    processInputBytes(bytes);
                    pending += new String(bytes, StandardCharsets.UTF_8).length();
                    pauseDue = true;
                }
            }
            return true;
        }
    }
}
