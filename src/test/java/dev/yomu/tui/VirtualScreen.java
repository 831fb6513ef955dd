package dev.yomu.tui;

import dev.yomu.text.DisplayWidth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A terminal screen for tests: replays what a screen wrote (text, cursor positioning, clears) into a
 * grid of rows, as xterm or tmux would, counting columns the way terminals draw characters (⚡ and
 * CJK two wide). Text that runs past the right edge wraps to the next row, as on a real terminal, and
 * is recorded, so a test sees both what a person sees and whether any row ran over.
 */
final class VirtualScreen {
    private final int cols, rows;
    private final String[][] cells;
    private int row, col;
    private final List<String> overruns = new ArrayList<>();

    VirtualScreen(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        cells = new String[rows][cols];
        clear();
    }

    static VirtualScreen replay(String output, int cols, int rows) {
        VirtualScreen s = new VirtualScreen(cols, rows);
        s.write(output);
        return s;
    }

    void write(String out) {
        int i = 0;
        while (i < out.length()) {
            char c = out.charAt(i);
            if (c == 27) {
                i = escape(out, i + 1);
            } else if (c == '\r') {
                col = 0;
                i++;
            } else if (c == '\b') {
                col = Math.max(0, col - 1);
                i++;
            } else if (c == '\n') {
                lineFeed();
                i++;
            } else if (c < 0x20 || c == 0x7f) {
                i++;
            } else {
                int end = DisplayWidth.clusterEnd(out, i);
                int w = DisplayWidth.cluster(out, i, end);
                put(out.substring(i, end), w);
                i = end;
            }
        }
    }

    private int escape(String out, int i) {
        if (i >= out.length()) return i;
        if (out.charAt(i) != '[') return i + 1; // two-character escapes: nothing a screen here uses
        int j = i + 1;
        while (j < out.length() && (out.charAt(j) < 0x40 || out.charAt(j) > 0x7e)) j++;
        if (j >= out.length()) return j;
        String params = out.substring(i + 1, j);
        switch (out.charAt(j)) {
            case 'H' -> {
                String[] p = params.isEmpty() ? new String[0] : params.split(";");
                row = p.length > 0 && !p[0].isEmpty() ? Integer.parseInt(p[0]) - 1 : 0;
                col = p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) - 1 : 0;
            }
            case 'A' -> row = Math.max(0, row - count(params));
            case 'B' -> row = Math.min(rows - 1, row + count(params));
            case 'C' -> col = Math.min(cols - 1, col + count(params));
            case 'D' -> col = Math.max(0, col - count(params));
            case 'G' -> col = count(params) - 1;
            case 'J' -> {
                if (params.equals("2")) clear();
            }
            case 'K' -> Arrays.fill(cells[row], col, cols, " ");
            default -> { /* colours, modes, cursor visibility: no effect on the text */ }
        }
        return j + 1;
    }

    private static int count(String params) {
        return params.isEmpty() ? 1 : Integer.parseInt(params);
    }

    private void put(String cluster, int w) {
        if (w == 0) {
            return;
        }
        if (col + w > cols) {
            overruns.add("row " + (row + 1) + " ran past column " + cols + " at " + cluster);
            col = 0;
            lineFeed();
        }
        cells[row][col] = cluster;
        for (int k = 1; k < w; k++) cells[row][col + k] = "";
        col += w;
    }

    private void lineFeed() {
        if (row < rows - 1) {
            row++;
            return;
        }
        overruns.add("the screen scrolled");
        System.arraycopy(cells, 1, cells, 0, rows - 1);
        cells[rows - 1] = new String[cols];
        Arrays.fill(cells[rows - 1], " ");
    }

    private void clear() {
        for (String[] r : cells) Arrays.fill(r, " ");
        row = 0;
        col = 0;
    }

    /** The rows as a person sees them, trailing blanks removed. */
    List<String> rows() {
        List<String> out = new ArrayList<>();
        for (String[] r : cells) out.add(String.join("", r).stripTrailing());
        return out;
    }

    /** Every time text ran past the right edge or the screen scrolled; empty when every row fitted. */
    List<String> overruns() {
        return overruns;
    }
}
