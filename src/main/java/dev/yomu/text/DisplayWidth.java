package dev.yomu.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Terminal columns, the one measure every screen and table lays text out by. Counts what a terminal
 * draws: CJK and full-width characters and emoji take 2 columns (⚡ too), half-width kana 1, combining
 * marks and zero-width characters 0. It measures by grapheme cluster, because terminals draw an emoji
 * with its variation selector (❤️), skin tone or ZWJ partners (👨‍👩‍👧) and a flag's two regional indicators
 * as one 2-column picture. JLine's own WCWidth predates emoji widths (it counts ⚡ as 1), so nothing
 * that lays out text may use it, {@code AttributedString.columnLength} or {@code String.length}.
 *
 * <p>The table is data: {@code display-width.txt}, generated from the Unicode Character Database.
 */
public final class DisplayWidth {
    private DisplayWidth() {}

    private static final int ZWJ = 0x200D, VS15 = 0xFE0E, VS16 = 0xFE0F;
    private static final int[][] WIDE, ZERO, VS16_WIDE;

    // Read by hand, not with String.split: every screen loads this table at start-up, and a split on a
    // regular expression compiled a Pattern for each of its 575 lines (the class took 31-98 ms to
    // initialise in a fresh JVM on a busy machine, 18-38 ms without the splits).
    static {
        List<int[]> wide = new ArrayList<>(), zero = new ArrayList<>(), vs16 = new ArrayList<>();
        try (InputStream in = DisplayWidth.class.getResourceAsStream("display-width.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int space = line.indexOf(' '), dots = line.indexOf("..", space + 1);
                if (space < 0 || dots < 0) throw new IllegalStateException("display-width.txt: not KIND FIRST..LAST: " + line);
                int[] span = {Integer.parseInt(line, space + 1, dots, 16), Integer.parseInt(line, dots + 2, line.length(), 16)};
                switch (line.substring(0, space)) {
                    case "wide" -> wide.add(span);
                    case "zero" -> zero.add(span);
                    case "vs16" -> vs16.add(span);
                    default -> throw new IllegalStateException("display-width.txt: unknown kind in " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WIDE = wide.toArray(int[][]::new);
        ZERO = zero.toArray(int[][]::new);
        VS16_WIDE = vs16.toArray(int[][]::new);
    }

    /** Columns taken by {@code s} on a terminal. */
    public static int of(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int end = clusterEnd(s, i);
            w += cluster(s, i, end);
            i = end;
        }
        return w;
    }

    /** Columns of one code point on its own: 0, 1 or 2. */
    public static int of(int cp) {
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0; // control characters draw nothing
        if (in(ZERO, cp)) return 0;
        return in(WIDE, cp) ? 2 : 1;
    }

    /**
     * Where the character that starts at {@code i} ends: after its combining marks, variation selectors,
     * skin tones and ZWJ-joined partners, and after both halves of a regional-indicator flag. A screen cuts
     * and wraps only between such clusters.
     */
    public static int clusterEnd(CharSequence s, int i) {
        int first = Character.codePointAt(s, i);
        int j = i + Character.charCount(first);
        if (isRegional(first) && j < s.length() && isRegional(Character.codePointAt(s, j))) return j + 2;
        while (j < s.length()) {
            int cp = Character.codePointAt(s, j);
            if (cp == ZWJ && j + 1 < s.length()) {
                j += 1;
                j += Character.charCount(Character.codePointAt(s, j)); // the partner joins the picture
            } else if (of(cp) == 0 && cp >= 0x20 || isSkinTone(cp)) {
                j += Character.charCount(cp);
            } else {
                break;
            }
        }
        return j;
    }

    /** Columns of the cluster {@code s[start, end)}: its first character's, widened by VS16 or narrowed by VS15. */
    public static int cluster(CharSequence s, int start, int end) {
        int base = Character.codePointAt(s, start);
        if (isRegional(base)) return 2;
        int w = of(base);
        for (int j = start + Character.charCount(base); j < end; ) {
            int cp = Character.codePointAt(s, j);
            if (cp == VS16 && in(VS16_WIDE, base)) w = 2;
            else if (cp == VS15 && in(VS16_WIDE, base)) w = 1;
            j += Character.charCount(cp);
        }
        return w;
    }

    /**
     * The longest start of {@code s} that fits {@code columns}, never splitting a cluster: the index
     * to cut at.
     */
    public static int cutIndex(CharSequence s, int columns) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int end = clusterEnd(s, i);
            int cw = cluster(s, i, end);
            if (w + cw > columns) return i;
            w += cw;
            i = end;
        }
        return s.length();
    }

    private static boolean isRegional(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isSkinTone(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    private static boolean in(int[][] table, int cp) {
        int lo = 0, hi = table.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < table[mid][0]) hi = mid - 1;
            else if (cp > table[mid][1]) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
