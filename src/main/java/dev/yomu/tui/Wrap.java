package dev.yomu.tui;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.WCWidth;

/** Line wrapping by display columns, so full-width characters count as two. */
public final class Wrap {
    private Wrap() {}

    public static int width(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Wraps styled text to {@code columns}, never splitting a character. */
    public static List<AttributedString> wrap(AttributedString text, int columns) {
        List<AttributedString> out = new ArrayList<>();
        int cols = Math.max(4, columns);
        int start = 0, w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > cols) {
                out.add(text.subSequence(start, i));
                start = i;
                w = 0;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        out.add(text.subSequence(start, text.length()));
        return out;
    }

    public static List<AttributedString> wrap(String text, int columns) {
        return wrap(new AttributedString(text), columns);
    }

    /** Pads or cuts a line to exactly {@code columns}. */
    public static AttributedString fit(AttributedString s, int columns) {
        int w = s.columnLength();
        if (w <= columns) return new AttributedStringBuilder().append(s).append(" ".repeat(columns - w)).toAttributedString();
        return s.columnSubSequence(0, columns);
    }
}
