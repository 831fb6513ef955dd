package dev.yomu.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import dev.yomu.text.DisplayWidth;

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

    /** Terminal columns taken by {@code s}: 2 for full-width characters and emoji. */
    static int width(String s) {
        return DisplayWidth.of(s);
    }

    /** {@code s} cut to {@code max} columns with … so a cut title shows it was cut. */
    static String truncate(String s, int max) {
        if (width(s) <= max) return s;
        return s.substring(0, DisplayWidth.cutIndex(s, Math.max(0, max - 1))) + "…";
    }
}
