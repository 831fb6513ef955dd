package dev.yomu.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/** A plain-text table whose columns line up with full-width (Japanese) characters too. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;
    private final int[] maxWidth;

    Table(String... header) {
        rows.add(header);
        rightAligned = new boolean[header.length];
        maxWidth = new int[header.length];
        java.util.Arrays.fill(maxWidth, Integer.MAX_VALUE);
    }

    Table right(int... columns) {
        for (int c : columns) rightAligned[c] = true;
        return this;
    }

    Table maxWidth(int column, int width) {
        maxWidth[column] = width;
        return this;
    }

    void add(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) row[i] = truncate(String.valueOf(cells[i]), maxWidth[i]);
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], width(r[i]));
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String pad = " ".repeat(widths[i] - width(r[i]));
                if (i > 0) line.append("  ");
                line.append(rightAligned[i] ? pad + r[i] : (i == r.length - 1 ? r[i] : r[i] + pad));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Terminal columns taken by {@code s}: 2 for full-width characters. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    static String truncate(String s, int max) {
        if (width(s) <= max) return s;
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > max - 1) break;
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }
}
