package dev.yomu.tui;

import dev.yomu.reader.FuriganaMode;
import dev.yomu.reader.Paragraph;
import dev.yomu.reader.Piece;
import dev.yomu.reader.ReaderDocument;
import dev.yomu.reader.WordStatus;
import dev.yomu.text.DisplayWidth;
import dev.yomu.text.Furigana;
import dev.yomu.text.Kinsoku;
import dev.yomu.text.Printable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays an article out as screen lines: paragraphs wrapped to a width in display columns (full-width
 * characters count two), words styled by status, readings inline ({@code 同盟国(どうめいこく)}) or on a
 * line of their own above the text. Pure: the same inputs give the same lines, so the screen can
 * rebuild the layout on every key and tests can check it without a terminal.
 *
 * <p>Word occurrences are numbered in reading order (0, 1, ...) independently of width and mode;
 * that number is the reader's cursor and the position it remembers.
 */
public final class ReaderLayout {
    /** Screen lines, and where each word occurrence landed. */
    public record Layout(List<Line> lines, int occurrences, int[] lineOf, int[] startCol, int[] endCol, long[] wordOf) {
        /** The occurrence on text line {@code line} nearest to column {@code col}, or -1 if the line has none. */
        public int nearest(int line, int col) {
            return lines.get(line).nearest(col);
        }
    }

    /** One screen line; {@code ruby} lines carry the readings of the text line below them. */
    public record Line(AttributedString text, List<Span> spans, boolean ruby) {
        /** The occurrence on this line nearest to column {@code col}, or -1 if the line has none. */
        int nearest(int col) {
            int best = -1, bestDistance = Integer.MAX_VALUE;
            for (Span s : spans) {
                int d = col < s.start() ? s.start() - col : col >= s.end() ? col - s.end() + 1 : 0;
                if (d < bestDistance) {
                    best = s.occurrence();
                    bestDistance = d;
                }
            }
            return best;
        }
    }

    /** Where a word occurrence sits on a line, in display columns [start, end). */
    public record Span(int occurrence, long wordId, int start, int end) {}

    private final ReaderDocument doc;
    private final Map<Long, WordStatus> statuses;
    private final ReaderStyles styles;
    private final FuriganaMode mode;

    public ReaderLayout(ReaderDocument doc, Map<Long, WordStatus> statuses, ReaderStyles styles, FuriganaMode mode) {
        this.doc = doc;
        this.statuses = statuses;
        this.styles = styles;
        this.mode = mode;
    }

    /**
     * @param width    columns for the text
     * @param rubyLine readings on a line above the text instead of inline
     * @param selected the occurrence to highlight, or -1
     */
    public Layout layout(int width, boolean rubyLine, int selected) {
        return growing(width, rubyLine, selected).complete();
    }

    /** The same layout, laid out paragraph by paragraph only as far as it is asked for. */
    Growing growing(int width, boolean rubyLine, int selected) {
        return new Growing(new Builder(Math.max(4, width), rubyLine, selected));
    }

    /**
     * A layout made only as far as it has been asked for, a whole paragraph at a time: the screen's first
     * page needs the article's first paragraphs, not all of them. Every line and position it gives is the
     * one the complete {@link Layout} has; a line past the end simply does not exist.
     */
    static final class Growing {
        private final Builder b;

        private Growing(Builder b) {
            this.b = b;
        }

        /** Whether screen line {@code line} exists, laying out on to it. */
        boolean hasLine(int line) {
            while (b.lines.size() <= line) if (!b.advance()) break;
            return line >= 0 && line < b.lines.size();
        }

        Line line(int line) {
            if (!hasLine(line)) throw new IndexOutOfBoundsException(line);
            return b.lines.get(line);
        }

        /** How many of the first {@code n} screen lines exist: n, or fewer when the text ends before. */
        int linesUpTo(int n) {
            hasLine(n - 1);
            return Math.min(n, b.lines.size());
        }

        /** The first text line of occurrence {@code occ}, or -1 when it shows nowhere. */
        int lineOf(int occ) {
            return laidOut(occ) ? b.lineOf[occ] : -1;
        }

        /** The column occurrence {@code occ} starts at on its first line. */
        int startCol(int occ) {
            return laidOut(occ) ? b.startCol[occ] : 0;
        }

        /** The occurrence on text line {@code line} nearest to column {@code col}, or -1 if the line has none. */
        int nearest(int line, int col) {
            return line(line).nearest(col);
        }

        private boolean laidOut(int occ) {
            while (b.occurrence <= occ) if (!b.advance()) return false;
            return occ >= 0;
        }

        /** Lays out the rest: the layout of the whole article. */
        Layout complete() {
            while (b.advance()) ; // to the end
            return b.done();
        }
    }

    /**
     * The pieces grouped where no line may break between them (kinsoku): a piece that begins with 、。」
     * or small kana stays with the one before, a piece that ends with 「( with the one after.
     */
    static List<List<Piece>> unbreakable(List<Piece> pieces) {
        List<List<Piece>> units = new ArrayList<>();
        List<Piece> unit = new ArrayList<>();
        for (Piece piece : pieces) {
            String t = piece.text();
            if (!unit.isEmpty() && !t.isEmpty()) {
                String last = unit.get(unit.size() - 1).text();
                int before = last.isEmpty() ? ' ' : last.codePointBefore(last.length());
                if (Kinsoku.mayBreakBetween(before, t.codePointAt(0))) {
                    units.add(unit);
                    unit = new ArrayList<>();
                }
            }
            unit.add(piece);
        }
        if (!unit.isEmpty()) units.add(unit);
        return units;
    }

    private final class Builder {
        private final int width;
        private final boolean rubyLine;
        private final int selected;
        private final List<Line> lines = new ArrayList<>();
        private int[] lineOf = new int[0], startCol = new int[0], endCol = new int[0];
        private long[] wordOf = new long[0];
        private int occurrence;
        /** The next paragraph to lay out. */
        private int paragraph;
        private AttributedStringBuilder text = new AttributedStringBuilder();
        private int col;
        private int rubyEnd;
        private List<Span> spans = new ArrayList<>();
        private final List<Ruby> rubies = new ArrayList<>();
        private final String brackets = Furigana.bracketsFor(doc.text());

        Builder(int width, boolean rubyLine, int selected) {
            this.width = width;
            this.rubyLine = rubyLine;
            this.selected = selected;
        }

        /** Lays out the next paragraph; false when there is none. */
        boolean advance() {
            if (paragraph == doc.paragraphs().size()) return false;
            if (paragraph > 0) blank();
            Paragraph para = doc.paragraphs().get(paragraph++);
            for (List<Piece> unit : unbreakable(para.pieces())) unit(unit, para.heading());
            flush();
            return true;
        }

        /** A new occurrence's number, with room for where it lands. */
        private int nextOccurrence() {
            if (occurrence == lineOf.length) {
                int n = Math.max(64, occurrence * 2);
                lineOf = Arrays.copyOf(lineOf, n);
                Arrays.fill(lineOf, occurrence, n, -1);
                startCol = Arrays.copyOf(startCol, n);
                endCol = Arrays.copyOf(endCol, n);
                wordOf = Arrays.copyOf(wordOf, n);
            }
            return occurrence++;
        }

        /** Pieces no line may break between: on a new line if they do not fit, unless they fill more than one. */
        void unit(List<Piece> unit, boolean heading) {
            int w = 0;
            for (Piece piece : unit) w += Wrap.width(shown(piece));
            if (unit.size() > 1 && col > 0 && col + w > width && w <= width) flush();
            for (Piece piece : unit) piece(piece, heading);
        }

        /** What a piece shows on its text line: readings inline when they go inline. */
        private String shown(Piece piece) {
            String surface = Printable.clean(piece.text()).replace('\n', ' ').replace('\r', ' ');
            String reading = Printable.clean(piece.reading());
            WordStatus status = piece.isStored() ? statuses.getOrDefault(piece.wordId(), WordStatus.UNKNOWN) : null;
            boolean furigana = mode.wants(piece, status) && !reading.isEmpty();
            return furigana && !rubyLine ? Furigana.inline(surface, reading, brackets) : surface;
        }

        void piece(Piece piece, boolean heading) {
            String surface = Printable.clean(piece.text()).replace('\n', ' ').replace('\r', ' ');
            String reading = Printable.clean(piece.reading());
            WordStatus status = piece.isStored() ? statuses.getOrDefault(piece.wordId(), WordStatus.UNKNOWN) : null;
            boolean furigana = mode.wants(piece, status) && !reading.isEmpty();
            int occ = piece.isWord() ? nextOccurrence() : -1;
            AttributedStyle style = styles.word(status, heading, occ >= 0 && occ == selected);
            if (furigana && rubyLine && rubyPiece(surface, reading, style, occ, piece.wordId())) return;
            String shown = shown(piece);
            int w = Wrap.width(shown);
            if (col > 0 && col + w > width && w <= width) flush();
            appendWrapping(shown, style, occ, piece.wordId());
        }

        /**
         * A word with its readings on the line above. A reading wider than its word may overhang the
         * kana after it; when it would run into the next reading, the next word moves right (spaces
         * before it), so every reading sits over its own kanji and readings never drift along the line.
         * False if the word and its readings cannot fit a line: then it goes without.
         */
        private boolean rubyPiece(String surface, String reading, AttributedStyle style, int occ, long wordId) {
            List<Ruby> placed = new ArrayList<>();
            int c = 0, end = 0;
            for (Furigana.Segment s : Furigana.segments(surface, reading)) {
                if (s.hasReading()) {
                    int start = Math.max(c, end);
                    placed.add(new Ruby(start, s.reading()));
                    end = start + Wrap.width(s.reading());
                }
                c += Wrap.width(s.text());
            }
            int surfaceWidth = Wrap.width(surface);
            int needed = Math.max(surfaceWidth, end);
            if (placed.isEmpty() || needed > width) return false;
            int pad = Math.max(0, rubyEnd - (col + placed.get(0).col()));
            if (col > 0 && col + pad + needed > width) {
                flush();
                pad = 0;
            }
            if (pad > 0) {
                text.style(AttributedStyle.DEFAULT).append(" ".repeat(pad));
                col += pad;
            }
            int from = col;
            appendWrapping(surface, style, occ, wordId);
            for (Ruby r : placed) rubies.add(new Ruby(from + r.col(), r.reading()));
            rubyEnd = from + end + 1; // one column apart, so two readings never read as one
            return true;
        }

        private void appendWrapping(String shown, AttributedStyle style, int occ, long wordId) {
            int start = col;
            for (int i = 0; i < shown.length(); ) {
                int end = DisplayWidth.clusterEnd(shown, i);
                int cw = DisplayWidth.cluster(shown, i, end);
                if (col + cw > width && col > 0) {
                    span(occ, wordId, start, col);
                    flush();
                    start = 0;
                }
                text.style(style).append(shown.substring(i, end));
                col += cw;
                i = end;
            }
            span(occ, wordId, start, col);
        }

        private void span(int occ, long wordId, int start, int end) {
            if (occ < 0 || end <= start) return;
            spans.add(new Span(occ, wordId, start, end));
            if (lineOf[occ] < 0) {
                lineOf[occ] = lines.size() + (rubyLine ? 1 : 0);
                startCol[occ] = start;
                endCol[occ] = end;
                wordOf[occ] = wordId;
            }
        }

        void blank() {
            if (rubyLine) lines.add(new Line(AttributedString.EMPTY, List.of(), true));
            lines.add(new Line(AttributedString.EMPTY, List.of(), false));
        }

        void flush() {
            if (col == 0 && spans.isEmpty()) return;
            if (rubyLine) lines.add(new Line(rubyText(), List.of(), true));
            lines.add(new Line(text.toAttributedString(), List.copyOf(spans), false));
            text = new AttributedStringBuilder();
            spans = new ArrayList<>();
            rubies.clear();
            col = 0;
            rubyEnd = 0;
        }

        /** Readings over their kanji; one that would still overlap the one before moves right; cut at the width. */
        private AttributedString rubyText() {
            AttributedStringBuilder sb = new AttributedStringBuilder();
            int at = 0;
            for (Ruby r : rubies) {
                int start = at == 0 ? r.col() : Math.max(r.col(), at + 1);
                if (start >= width) break;
                sb.append(" ".repeat(start - at));
                AttributedString reading = new AttributedString(r.reading(), styles.ruby());
                reading = Wrap.cut(reading, width - start);
                sb.append(reading);
                at = start + Wrap.width(reading);
            }
            return sb.toAttributedString();
        }

        Layout done() {
            flush();
            return new Layout(List.copyOf(lines), occurrence, Arrays.copyOf(lineOf, occurrence),
                    Arrays.copyOf(startCol, occurrence), Arrays.copyOf(endCol, occurrence), Arrays.copyOf(wordOf, occurrence));
        }
    }

    private record Ruby(int col, String reading) {}
}
