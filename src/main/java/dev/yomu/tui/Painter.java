package dev.yomu.tui;

import dev.yomu.text.DisplayWidth;
import dev.yomu.text.Printable;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.InfoCmp.Capability;

/**
 * Paints a full screen row by row: for every row that changed, the cursor goes to its start, the row is
 * written and the rest of the line cleared. JLine's {@code Display} diffs and moves the cursor by its
 * own character widths, which count emoji such as ⚡ as one column where terminals draw two; then the
 * cursor lands in the wrong place and rows wrap. Absolute positioning per row cannot drift.
 */
final class Painter {
    private final Terminal terminal;
    private final List<String> shown = new ArrayList<>();

    Painter(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Forgets what is on screen and blanks it (after a resize). */
    void clear() {
        shown.clear();
        terminal.puts(Capability.clear_screen);
    }

    /**
     * The row without control or format characters, styles kept. Every full screen's output passes
     * here, so text stored before it was cleaned (a gloss from an old {@code dict import}) cannot
     * retitle the window or move the cursor either.
     */
    static AttributedString printable(AttributedString row) {
        String plain = row.toString();
        if (Printable.clean(plain).equals(plain)) return row;
        AttributedStringBuilder sb = new AttributedStringBuilder(plain.length());
        for (int i = 0; i < plain.length(); ) {
            int n = Character.charCount(plain.codePointAt(i));
            String one = plain.substring(i, i + n);
            if (Printable.clean(one).equals(one)) sb.style(row.styleAt(i)).append(one);
            i += n;
        }
        return sb.toAttributedString();
    }

    /** Shows {@code rows}, each at most {@code cols} columns wide. */
    void paint(List<AttributedString> rows, int cols) {
        for (int i = 0; i < rows.size(); i++) {
            // the bottom row stops one column short: a terminal that draws a character wider than we
            // counted would otherwise scroll the whole screen up
            AttributedString row = Wrap.cut(printable(rows.get(i)), i == rows.size() - 1 ? cols - 1 : cols);
            String ansi = row.toAnsi(terminal);
            if (i < shown.size() && shown.get(i).equals(ansi)) continue;
            terminal.puts(Capability.cursor_address, i, 0);
            terminal.writer().write(ansi);
            if (DisplayWidth.of(row) < cols) terminal.puts(Capability.clr_eol);
            if (i < shown.size()) shown.set(i, ansi);
            else shown.add(ansi);
        }
        for (int i = rows.size(); i < shown.size(); i++) {
            terminal.puts(Capability.cursor_address, i, 0);
            terminal.puts(Capability.clr_eol);
        }
        while (shown.size() > rows.size()) shown.remove(shown.size() - 1);
        terminal.flush();
    }
}
