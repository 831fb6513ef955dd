package dev.yomu.tui;

import dev.yomu.text.DisplayWidth;
import dev.yomu.text.Kinsoku;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Line wrapping and cutting by display columns ({@link DisplayWidth}), by the Japanese line-breaking
 * rules ({@link Kinsoku}): no line starts with 、。」 or small kana, none ends with 「(, English words
 * break at spaces, and a text given as words never breaks inside one unless the word alone is wider
 * than a line.
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
    static List<AttributedString> wrap(AttributedString text, int columns, IntPredicate boundary) {
        List<AttributedString> out = new ArrayList<>();
        int cols = Math.max(4, columns);
        int start = 0, w = 0, lastBreak = -1, prevBase = -1;
        int i = 0;
        while (i < text.length()) {
            int end = DisplayWidth.clusterEnd(text, i);
            int cw = DisplayWidth.cluster(text, i, end);
            int cp = Character.codePointAt(text, i);
            if (i > start && boundary.test(i) && Kinsoku.mayBreakBetween(prevBase, cp)) lastBreak = i;
            if (w + cw > cols && i > start) {
                int cut = lastBreak > start ? lastBreak : i;
                out.add(stripEnd(text.subSequence(start, cut)));
                start = cut;
                while (start < i && text.charAt(start) == ' ') start++;
                w = DisplayWidth.of(text.subSequence(start, i));
                lastBreak = -1;
                if (w + cw > cols && start < i) continue; // still too wide: cut again before this character
            }
            w += cw;
            prevBase = cp;
            i = end;
        }
        if (start < text.length() || out.isEmpty()) out.add(stripEnd(text.subSequence(start, text.length())));
        return out;
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
}
