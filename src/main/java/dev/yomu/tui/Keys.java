package dev.yomu.tui;

import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.terminal.Terminal;
import org.jline.utils.ClosedException;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The one key reader of the full-screen views, on JLine's {@link KeyMap} and {@link BindingReader}: a key is a
 * character (its code point: letters, digits, kana and kanji from an IME, Enter as \r or \n, Backspace as 127
 * or 8, Ctrl-C as 3 ...) or one of the named keys below, which arrive as escape sequences (CSI {@code ESC [}
 * or SS3 {@code ESC O}, with or without modifier parameters, and whatever the terminal's terminfo names).
 * Esc alone is {@link #ESC}; a key typed right after Esc is read as its own key, never swallowed. An escape
 * sequence bound to nothing here (F5, Shift-Tab ...) is read to its end and given as {@link #OTHER}, so none
 * of its characters reaches a screen as a typed key. So is a sequence whose rest does not follow within the
 * Esc wait (a lone {@code ESC [} is Alt-[ on many terminals): the screen goes on, repaints a resize, and the
 * next key is read as itself instead of finishing the sequence.
 */
final class Keys {
    static final int ESC = 27;
    /** Named keys: values no character has. */
    static final int UP = -100, DOWN = -101, RIGHT = -102, LEFT = -103, PAGE_UP = -104, PAGE_DOWN = -105,
            HOME = -106, END = -107;
    /** An escape sequence that names none of the keys above. */
    static final int OTHER = -99;
    /** No key came within the wait; the same value as JLine's. */
    static final int NONE = NonBlockingReader.READ_EXPIRED;
    /** Input ended or the terminal went away: every answer is already stored, so the view just stops. */
    static final int EOF = NonBlockingReader.EOF;

    /** Bound to characters that are no named key: the key is then the character itself. */
    private static final int CHARACTER = Integer.MIN_VALUE;
    /**
     * How long an Esc waits for the rest of a sequence before it counts as Esc alone: terminals send a
     * sequence in one write, so the rest follows at once; 100 ms is vim's ttimeoutlen in its defaults.vim.
     */
    private static final long ESC_WAIT_MS = 100L;

    private final Reader reader;
    private final KeyMap<Integer> map = new KeyMap<>();

    Keys(Terminal terminal) {
        reader = new Reader(terminal.reader());
        map.setAmbiguousTimeout(ESC_WAIT_MS);
        map.setNomatch(CHARACTER);
        map.setUnicode(CHARACTER);
        map.bind(ESC, KeyMap.esc());
        named(UP, 'A');
        named(DOWN, 'B');
        named(RIGHT, 'C');
        named(LEFT, 'D');
        named(HOME, 'H');
        named(END, 'F');
        tilde(HOME, "1", "7");
        tilde(END, "4", "8");
        tilde(PAGE_UP, "5");
        tilde(PAGE_DOWN, "6");
        Map<Capability, Integer> terminfo = Map.of(Capability.key_up, UP, Capability.key_down, DOWN,
                Capability.key_right, RIGHT, Capability.key_left, LEFT, Capability.key_home, HOME,
                Capability.key_end, END, Capability.key_ppage, PAGE_UP, Capability.key_npage, PAGE_DOWN);
        terminfo.forEach((capability, key) -> { // what the terminal's own description names, where it differs
            String seq = KeyMap.key(terminal, capability);
            if (seq != null && !seq.isEmpty() && seq.charAt(0) == ESC) map.bind(key, seq);
        });
    }

    /** Esc, a named key or another escape sequence: none of them is a key the review or the quiz uses. */
    static boolean isEscape(int key) {
        return key == ESC || key <= OTHER;
    }

    /** CSI and SS3 forms, plain and with modifiers (ESC [ 1 ; 5 A is Ctrl-Up: still Up). */
    private void named(int key, char fin) {
        map.bind(key, "\033[" + fin, "\033O" + fin);
        for (int modifier = 2; modifier <= 8; modifier++)
            map.bind(key, "\033[1;" + modifier + fin, "\033O" + modifier + fin);
    }

    /** The VT220 forms ESC [ n ~, plain and with modifiers. */
    private void tilde(int key, String... numbers) {
        for (String n : numbers) {
            map.bind(key, "\033[" + n + "~");
            for (int modifier = 2; modifier <= 8; modifier++) map.bind(key, "\033[" + n + ";" + modifier + "~");
        }
    }

    /**
     * The next key within {@code timeoutMs}, {@link #NONE} if none came, or {@link #EOF}. Once a key has
     * begun, the rest of its sequence is read without the limit.
     */
    int next(long timeoutMs) {
        try {
            if (!reader.hasPending()) {
                int c = reader.peekCharacter(timeoutMs);
                if (c == NonBlockingReader.READ_EXPIRED) return NONE;
                if (c < 0) return EOF;
            }
            Integer key = reader.readBinding(map);
            if (key == null) return EOF;
            if (key != CHARACTER) return key;
            int c = reader.getLastBinding().codePointAt(0);
            return c == ESC && reader.skipSequence() ? OTHER : c;
        } catch (Unfinished e) {
            reader.dropUnfinished();
            return OTHER;
        } catch (EndOfFileException e) {
            return EOF;
        } catch (IOError e) {
            if (e.getCause() instanceof ClosedException) return EOF;
            throw new UncheckedIOException(e.getCause() instanceof IOException io ? io : new IOException(e));
        }
    }

    /** The rest of an escape sequence did not come within {@link #ESC_WAIT_MS}. */
    private static final class Unfinished extends RuntimeException {
        Unfinished() {
            super(null, null, false, false);
        }
    }

    /** JLine's reader, with access to what it has read but not yet given out. */
    private static final class Reader extends BindingReader {
        Reader(NonBlockingReader in) {
            super(in);
        }

        /**
         * JLine waits without end for the rest of a sequence begun; here a sequence begun waits
         * {@link #ESC_WAIT_MS} at most, as an Esc alone does, and then ends as {@link Unfinished}.
         */
        @Override
        public int readCharacter() {
            if (pushBackChar.isEmpty() && opBuffer.length() > 0
                    && peekCharacter(ESC_WAIT_MS) == NonBlockingReader.READ_EXPIRED) throw new Unfinished();
            return super.readCharacter();
        }

        void dropUnfinished() {
            opBuffer.setLength(0);
        }

        boolean hasPending() {
            return opBuffer.length() > 0 || !pushBackChar.isEmpty();
        }

        /**
         * After an Esc that began a sequence bound to nothing (ESC [ 1 5 ~ ...): drops the rest of it, up
         * to its final character, and says whether there was one. Esc followed by any other key keeps the key.
         */
        boolean skipSequence() {
            if (opBuffer.length() == 0) return false;
            char intro = opBuffer.charAt(0);
            if (intro != '[' && intro != 'O') return false;
            int at = 1;
            while (true) {
                if (at == opBuffer.length()) {
                    int c = readCharacter();
                    if (c < 0) throw new EndOfFileException();
                    opBuffer.appendCodePoint(c);
                }
                char c = opBuffer.charAt(at++);
                // SS3 has one final character; CSI has parameters and intermediates (0x20-0x3f) before its final one
                if (intro == 'O' || c < 0x20 || c > 0x3f) {
                    opBuffer.delete(0, at);
                    return true;
                }
            }
        }
    }
}
