package dev.yomu.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a Japanese line may break (kinsoku shori): never before closing punctuation, small kana or ー,
 * never after an opening bracket, and never inside a run of Latin letters or digits (an English word or
 * a number), so glosses break at spaces. The character classes are data: {@code kinsoku.txt}.
 */
public final class Kinsoku {
    private Kinsoku() {}

    private static final Set<Integer> NO_START = new HashSet<>(), NO_END = new HashSet<>();

    static {
        try (InputStream in = Kinsoku.class.getResourceAsStream("kinsoku.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int space = line.indexOf(' ');
                Set<Integer> into = switch (line.substring(0, space)) {
                    case "no-start" -> NO_START;
                    case "no-end" -> NO_END;
                    default -> throw new IllegalStateException("kinsoku.txt: unknown class in " + line);
                };
                line.substring(space + 1).codePoints().forEach(into::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True if a line must not begin with {@code cp}. */
    public static boolean noStart(int cp) {
        return NO_START.contains(cp);
    }

    /** True if a line must not end with {@code cp}. */
    public static boolean noEnd(int cp) {
        return NO_END.contains(cp);
    }

    /** True if a line may break between {@code before} and {@code after} (code points). */
    public static boolean mayBreakBetween(int before, int after) {
        if (noEnd(before) || noStart(after)) return false;
        if (after == ' ') return false; // a space ends the line it follows
        return !(isWordChar(before) && isWordChar(after));
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x2E80 && (Character.isLetterOrDigit(cp) || cp == '\'');
    }
}
