package dev.yomu.tui;

import dev.yomu.text.DisplayWidth;
import dev.yomu.text.Kinsoku;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Line wrapping and cutting by display columns ({@link DisplayWidth}), by the Japanese line-breaking
 * rules ({@link Kinsoku}): no line starts with 、。」 or small kana, none ends with 「(, English words
 * break at spaces, a word never parts from its inline reading, and a text given as words never breaks
 * inside one unless the word alone is wider than a line.
 */
public final class Wrap {
    private Wrap() {}

    public static int width(CharSequence s) {
        return DisplayWidth.of(s);
    }

    /** Wraps styled text to {@code columns}, breaking where kinsoku allows. */
    public static List<AttributedString> wrap(AttributedString text, int columns) {
        return wrap(text, columns, i -> true);
    }

    public static List<AttributedString> wrap(String text, int columns) {
        return wrap(new AttributedString(text), columns);
    }

    /** Wraps words (a word with its inline reading is one) that may break only between them. */
    public static List<AttributedString> wrapWords(List<String> words, AttributedStyle style, int columns) {
        StringBuilder sb = new StringBuilder();
        Set<Integer> bounds = new HashSet<>();
        for (String w : words) {
            bounds.add(sb.length());
            sb.append(w);
        }
        return wrap(new AttributedString(sb, style), columns, bounds::contains);
    }

    /**
     * Wraps {@code text} to {@code columns}: greedy, at the last place before the edge where
     * {@code boundary} and kinsoku both allow a break; a run with no such place is cut where it must be.
     */
    static List<AttributedString> wrap(AttributedString text, int columns, IntPredicate words) {
        boolean[] inReading = inlineReadings(text.toString());
        IntPredicate boundary = i -> words.test(i) && !inReading[i];
        List<AttributedString> out = new ArrayList<>();
        int cols = Math.max(4, columns);
        int start = 0, w = 0, lastBreak = -1, lastKinsoku = -1, prevBase = -1;
        int i = 0;
        while (i < text.length()) {
            int end = DisplayWidth.clusterEnd(text, i);
            int cw = DisplayWidth.cluster(text, i, end);
            int cp = Character.codePointAt(text, i);
            if (i > start && Kinsoku.mayBreakBetween(prevBase, cp)) {
                lastKinsoku = i;
                if (boundary.test(i)) lastBreak = i;
            }
            if (w + cw > cols && i > start) {
                // a word wider than the line breaks inside, but still not before 、 or after 「
                int cut = lastBreak > start ? lastBreak : lastKinsoku > start ? lastKinsoku : i;
                out.add(stripEnd(text.subSequence(start, cut)));
                start = cut;
                while (start < i && text.charAt(start) == ' ') start++;
                // measure the carried part again from its start, with the breaks inside it
                i = start;
                w = 0;
                lastBreak = -1;
                lastKinsoku = -1;
                prevBase = -1;
                continue;
            }
            w += cw;
            prevBase = cp;
            i = end;
        }
        if (start < text.length() || out.isEmpty()) out.add(stripEnd(text.subSequence(start, text.length())));
        return out;
    }

    /** Kanji with their inline reading, 軍艦(ぐんかん) or 計画《けいかく》: one piece no line breaks. */
    private static final Pattern INLINE_READING =
            Pattern.compile("[\\p{IsHan}々〆ヶ]+[(（《〔][\\p{InHiragana}\\p{InKatakana}ー]+[)）》〕]");

    /** For every index, whether it lies inside a word with its inline reading (not at its start). */
    private static boolean[] inlineReadings(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        Matcher m = INLINE_READING.matcher(text);
        while (m.find()) for (int i = m.start() + 1; i < m.end(); i++) inside[i] = true;
        return inside;
    }

    private static AttributedString stripEnd(AttributedString s) {
        int n = s.length();
        while (n > 0 && s.charAt(n - 1) == ' ') n--;
        return n == s.length() ? s : s.subSequence(0, n);
    }

    /** Pads or cuts a line to exactly {@code columns}. */
    public static AttributedString fit(AttributedString s, int columns) {
        AttributedString cut = cut(s, columns);
        int w = DisplayWidth.of(cut);
        if (w >= columns) return cut;
        return new AttributedStringBuilder().append(cut).append(" ".repeat(columns - w)).toAttributedString();
    }

    /** The start of {@code s} that fits {@code columns}, never half a character. */
    public static AttributedString cut(AttributedString s, int columns) {
        int at = DisplayWidth.cutIndex(s, Math.max(0, columns));
        return at == s.length() ? s : s.subSequence(0, at);
    }

    /** {@code s} if it fits {@code columns}, else its start with … so the reader sees it was cut. */
    public static AttributedString ellipsize(AttributedString s, int columns) {
        if (DisplayWidth.of(s) <= columns) return s;
        if (columns <= 0) return AttributedString.EMPTY;
        return new AttributedStringBuilder().append(cut(s, columns - 1)).append("…").toAttributedString();
    }

    public static String ellipsize(String s, int columns) {
        return ellipsize(new AttributedString(s), columns).toString();
    }

    /**
     * Key hints laid out on as many lines as {@code columns} needs, two spaces apart and never cut
     * inside a hint, so a narrow terminal loses no key.
     */
    public static List<AttributedString> hints(List<AttributedString> items, int columns) {
        List<AttributedString> out = new ArrayList<>();
        AttributedStringBuilder line = new AttributedStringBuilder().append(" ");
        int w = 1;
        for (AttributedString item : items) {
            int iw = DisplayWidth.of(item);
            if (w > 1 && w + 2 + iw > columns) {
                out.add(line.toAttributedString());
                line = new AttributedStringBuilder().append(" ");
                w = 1;
            }
            if (w > 1) {
                line.append("  ");
                w += 2;
            }
            line.append(item);
            w += iw;
        }
        out.add(line.toAttributedString());
        return out;
    }
}
