package dev.yomu.tui;

import static dev.yomu.tui.Keys.DOWN;
import static dev.yomu.tui.Keys.END;
import static dev.yomu.tui.Keys.ESC;
import static dev.yomu.tui.Keys.HOME;
import static dev.yomu.tui.Keys.LEFT;
import static dev.yomu.tui.Keys.PAGE_DOWN;
import static dev.yomu.tui.Keys.PAGE_UP;
import static dev.yomu.tui.Keys.RIGHT;
import static dev.yomu.tui.Keys.UP;

import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordMark;
import dev.yomu.reader.FuriganaMode;
import dev.yomu.reader.Piece;
import dev.yomu.reader.ReaderDocument;
import dev.yomu.reader.ReaderService;
import dev.yomu.reader.ReadingState;
import dev.yomu.reader.WordStatus;
import dev.yomu.srs.IntervalFormat;
import dev.yomu.srs.Phase;
import dev.yomu.study.ReaderWord;
import dev.yomu.support.YomuException;
import dev.yomu.text.Printable;
import dev.yomu.text.Reading;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The full-screen reader: the article as a pager with a word cursor. ←/→ (h/l) move between words,
 * ↑/↓ between lines, space/b or PgDn/PgUp by page, Ctrl-E/Ctrl-Y by line, g/G to either end; a adds
 * the word to study, k marks it known, i ignores it, u takes the last of those back, f switches
 * furigana, / searches, n searches again, q or Ctrl-D quits. The screen draws and reads keys; {@link ReaderService} stores.
 */
public final class ReaderScreen {
    /** Terminals at least this wide get readings on a line above the text instead of inline. */
    static final int RUBY_LINE_COLUMNS = 100;
    private static final int CTRL_B = 2, CTRL_C = 3, CTRL_D = 4, CTRL_E = 5, CTRL_F = 6, CTRL_H = 8, CTRL_Y = 25,
            BACKSPACE = 127;
    /** Rows under the text besides the key hints: the panel's three and the message line. */
    private static final int PANEL_ROWS = 4;
    private static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle BOLD = AttributedStyle.BOLD;

    private final Terminal terminal;
    private final ReaderService service;
    private final ReaderDocument doc;
    private final ReadingState state;
    private final ReaderStyles styles;
    private final Clock clock;
    /** The words the cursor stops on, found only as far as the screen has needed them. */
    private final WordStops words;
    private FuriganaMode mode;
    private int selected;
    private int savedPosition;
    private int top;
    private String message = "";
    // Takes back the learner's last a, k or i; null when there is nothing to take back.
    private Runnable undo;
    private StringBuilder search;
    private String lastSearch = "";
    private volatile boolean resized = true;
    private boolean quit;
    private int lastCols = 80, lastRows = 24;
    /**
     * The last layout and what it was made for: a frame with nothing changed costs no layout. It is laid
     * out only as far as the screen has looked, so the first page shows before a long article is laid out.
     */
    private ReaderLayout.Growing layout;
    private List<Object> layoutKey;

    public ReaderScreen(Terminal terminal, ReaderService service, ReaderDocument doc, ReadingState state,
                        ReaderStyles styles, FuriganaMode mode, Clock clock, int position) {
        this.terminal = terminal;
        this.service = service;
        this.doc = doc;
        this.state = state;
        this.styles = styles;
        this.mode = mode;
        this.clock = clock;
        this.words = new WordStops(doc);
        this.selected = words.clamp(position);
        this.savedPosition = selected;
    }

    private boolean markedStudied;

    public void run() {
        try {
            FullScreen.run(terminal, () -> resized = true, this::loop);
        } finally {
            savePosition();
        }
    }

    private void savePosition() {
        if (words.isEmpty() || selected == savedPosition) return;
        service.savePosition(doc.articleId(), selected);
        savedPosition = selected;
    }

    private void loop(Painter display) {
        Keys keys = new Keys(terminal);
        while (!quit) {
            Size size = terminal.getSize();
            int cols = Math.max(1, size.getColumns()), rows = Math.max(1, size.getRows());
            if (resized) {
                resized = false;
                display.clear();
            }
            display.paint(render(cols, rows), cols);
            if (!markedStudied) {
                service.markStudied(doc.articleId());
                markedStudied = true;
            }
            int key = keys.next(100L);
            if (key == Keys.NONE) {
                savePosition(); // when idle, so a closed window or a killed process keeps the place too
                continue;
            }
            if (key == Keys.EOF) break;
            handle(key);
        }
    }

    /** One key from {@link Keys}: a character, Esc, or a named key ({@link Keys#UP} ...). */
    void handle(int key) {
        if (search != null) {
            searchKey(key);
            return;
        }
        message = "";
        switch (key) {
            case RIGHT, 'l' -> select(selected + 1);
            case LEFT, 'h' -> select(selected - 1);
            case DOWN, 'j' -> lineMove(1);
            case UP -> lineMove(-1);
            case PAGE_DOWN, ' ', CTRL_F -> scroll(bodyRows(lastCols, lastRows) - 1, true);
            case PAGE_UP, 'b', CTRL_B -> scroll(-(bodyRows(lastCols, lastRows) - 1), true);
            case CTRL_E -> scroll(1, false);
            case CTRL_Y -> scroll(-1, false);
            case HOME, 'g' -> select(0);
            case END, 'G' -> select(words.count() - 1);
            case 'a' -> act(() -> added(service.addToStudy(wordId(), doc.articleId())));
            case 'u' -> act(this::undoLast);
            case 'k' -> act(() -> toggle(WordMark.KNOWN, "marked known", "no longer known"));
            case 'i' -> act(() -> toggle(WordMark.IGNORED, "ignored: never a study word", "no longer ignored"));
            case 'f' -> {
                mode = mode.next();
                message = "furigana: " + mode.label();
            }
            case '/' -> search = new StringBuilder();
            case 'n' -> find(lastSearch);
            case 'q', CTRL_D, CTRL_C -> quit = true; // Ctrl-C ends the reader as q does; the place is saved
            default -> message = "←→ word · ↑↓ line · space/b page · a add · k known · i ignore · u undo · f furigana · / search · q quit";
        }
    }

    private void act(Runnable action) {
        if (words.isEmpty()) return;
        try {
            action.run();
        } catch (YomuException e) {
            message = e.getMessage();
        }
    }

    /** The selected study word or name; a, k and i have nothing to change on any other word. */
    private long wordId() {
        Piece piece = words.get(selected);
        if (!piece.isStored())
            throw YomuException.invalidInput(Printable.clean(piece.text()) + " is not a study word: a, k and i work on study words");
        return piece.wordId();
    }

    private void added(ReaderService.Added added) {
        ReaderWord w = added.word();
        state.put(w);
        if (!added.changed()) { // the last real change stays the one u takes back
            message = w.lemma() + " is already in study: " + cardStatus(w);
            return;
        }
        message = w.lemma() + " added to study: " + cardStatus(w) + " (u takes it back)";
        undo = () -> {
            ReaderWord back = service.undoAdd(added, doc.articleId());
            state.put(back);
            message = back.lemma() + " taken back out of study";
        };
    }

    private void toggle(WordMark status, String on, String off) {
        ReaderWord w = state.word(wordId());
        WordMark before = w.status();
        boolean wasOn = status == before;
        ReaderWord now = service.setStatus(w.id(), doc.articleId(), wasOn ? WordMark.UNKNOWN : status);
        state.put(now);
        message = now.lemma() + " " + (wasOn ? off : on);
        undo = () -> {
            ReaderWord back = service.setStatus(w.id(), doc.articleId(), before);
            state.put(back);
            message = back.lemma() + ": change taken back";
        };
    }

    /** Takes back the last a, k or i (once: the change it undoes is the only one remembered). */
    private void undoLast() {
        if (undo == null) {
            message = "nothing to undo";
            return;
        }
        Runnable last = undo;
        undo = null;
        last.run();
    }

    private void searchKey(int key) {
        if (key == '\r' || key == '\n') {
            lastSearch = search.toString();
            search = null;
            find(lastSearch);
        } else if (key == CTRL_C) {
            search = null;
            quit = true;
        } else if (key == ESC) {
            search = null;
            message = "";
        } else if (key == BACKSPACE || key == CTRL_H) {
            if (search.length() > 0) search.setLength(search.length() - 1);
            else search = null;
        } else if (key >= 0x20 && key != 0x7f) {
            search.appendCodePoint(key);
        }
    }

    /** Selects the first word at or after the next match of {@code query} in the text, wrapping at the end. */
    private void find(String query) {
        if (query.isEmpty() || words.isEmpty()) return;
        int at = words.indexAfter(query, selected);
        boolean wrapped = false;
        if (at < 0) {
            at = words.indexOf(query);
            wrapped = true;
        }
        if (at < 0) {
            message = "not found: " + Printable.clean(query);
            return;
        }
        select(words.wordEndingAfter(at));
        message = "/" + Printable.clean(query) + (wrapped ? " (from the top)" : "") + " · n next";
    }

    private void select(int occ) {
        if (words.isEmpty()) return;
        selected = words.clamp(occ);
    }

    private ReaderLayout.Growing layout(int cols) {
        List<Object> key = List.of(cols, mode, selected, state.version());
        if (!key.equals(layoutKey)) {
            layout = new ReaderLayout(doc, state.statuses(), styles, mode)
                    .growing(textWidth(cols), cols >= RUBY_LINE_COLUMNS, words.isEmpty() ? -1 : selected);
            layoutKey = key;
        }
        return layout;
    }

    private static int textWidth(int cols) {
        return Math.max(4, cols - 2);
    }

    private int bodyRows(int cols, int rows) {
        return Math.max(1, rows - 1 - PANEL_ROWS - footer(cols).size());
    }

    /** Moves the cursor to the nearest word on the next (or previous) line that has one. */
    private void lineMove(int direction) {
        if (words.isEmpty()) return;
        ReaderLayout.Growing l = layout(lastCols);
        int col = l.startCol(selected);
        for (int line = l.lineOf(selected) + direction; l.hasLine(line); line += direction) {
            int occ = l.nearest(line, col);
            if (occ >= 0) {
                select(occ);
                return;
            }
        }
        scroll(direction, false); // no word further on: let the view move anyway
    }

    /** Scrolls the view; the cursor stays on screen, moving to the nearest word if it would leave. */
    private void scroll(int lines, boolean page) {
        ReaderLayout.Growing l = layout(lastCols);
        int body = bodyRows(lastCols, lastRows);
        top = clampTop(top + lines, l, body);
        if (words.isEmpty()) return;
        int line = l.lineOf(selected);
        if (line >= top && line < top + body && !page) return;
        int from = lines > 0 ? top : Math.min(l.linesUpTo(top + body) - 1, top + body - 1);
        for (int i = 0; i < body; i++) {
            int ln = lines > 0 ? from + i : from - i;
            if (!l.hasLine(ln)) break;
            int occ = l.nearest(ln, 0);
            if (occ >= 0) {
                selected = occ;
                return;
            }
        }
    }

    /** {@code top}, or less when the text ends before a whole body of lines below it (never below 0). */
    private static int clampTop(int top, ReaderLayout.Growing l, int body) {
        return Math.max(0, Math.min(top, l.linesUpTo(top + body) - body));
    }

    /** The screen as exactly {@code rows} lines of {@code cols} columns. */
    List<AttributedString> render(int cols, int rows) {
        lastCols = cols;
        lastRows = rows;
        ReaderLayout.Growing l = layout(cols);
        int body = bodyRows(cols, rows);
        keepVisible(l, body);
        List<AttributedString> out = new ArrayList<>();
        out.add(header(cols));
        for (int i = 0; i < body; i++) {
            int ln = top + i;
            AttributedString text = l.hasLine(ln) ? l.line(ln).text() : AttributedString.EMPTY;
            out.add(Wrap.fit(new AttributedStringBuilder().append(" ").append(text).toAttributedString(), cols));
        }
        for (AttributedString p : panel(cols)) out.add(Wrap.fit(p, cols));
        out.add(Wrap.fit(messageLine(cols), cols));
        for (AttributedString f : footer(cols)) out.add(Wrap.fit(f, cols));
        return out.subList(0, Math.min(out.size(), rows));
    }

    private void keepVisible(ReaderLayout.Growing l, int body) {
        if (!words.isEmpty()) {
            int line = l.lineOf(selected);
            int first = l.line(line).ruby() ? line : Math.max(0, line - (lastCols >= RUBY_LINE_COLUMNS ? 1 : 0));
            if (first < top) top = first;
            if (line >= top + body) top = line - body + 1;
        }
        top = clampTop(top, l, body);
    }

    private AttributedString header(int cols) {
        String right = " known " + Math.round(state.knownShare() * 100) + "% · furigana " + mode.label() + " ";
        String left = " 読む " + Printable.clean(doc.title());
        int room = Math.max(0, cols - Wrap.width(right) - 1);
        AttributedString l = Wrap.ellipsize(new AttributedString(left), room);
        String pad = " ".repeat(Math.max(0, cols - Wrap.width(l) - Wrap.width(right)));
        return new AttributedStringBuilder().style(AttributedStyle.INVERSE).append(l).append(pad).append(right)
                .toAttributedString();
    }

    /** Three lines about the selected word: what it is, and its meaning. */
    private List<AttributedString> panel(int cols) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(" " + "-".repeat(Math.max(0, cols - 2)), DIM));
        if (words.isEmpty()) {
            out.add(new AttributedString(" (no words in this article)", DIM));
            out.add(AttributedString.EMPTY);
            return out;
        }
        Piece piece = words.get(selected);
        if (!piece.isStored()) {
            out.addAll(lookedUp(service.lookUp(piece.lemma()), cols));
            return out;
        }
        ReaderWord w = state.word(piece.wordId());
        if (w == null) {
            out.add(AttributedString.EMPTY);
            out.add(AttributedString.EMPTY);
            return out;
        }
        String reading = Printable.clean(Reading.asWritten(w.lemma(), w.reading()));
        out.add(new AttributedStringBuilder().append(" ").styled(BOLD, Printable.clean(w.lemma())).append("  ")
                .append(reading).append("  ").styled(DIM, w.kind() == WordKind.NAME ? "" : Printable.clean(w.pos()) + " · ")
                .styled(styles.word(state.statuses().get(w.id()), false, false), cardStatus(w))
                .styled(DIM, " · " + w.articleCount() + "× here, " + w.totalCount() + "× in all")
                .toAttributedString());
        out.add(meaningLine(w.glosses(), cols));
        return out;
    }

    /** A word that is no study word: its dictionary form, reading and meaning, as far as the dictionary knows. */
    private List<AttributedString> lookedUp(ReaderService.Lookup l, int cols) {
        String reading = l.reading().isEmpty() ? "" : Printable.clean(l.reading()) + "  ";
        return List.of(new AttributedStringBuilder().append(" ").styled(BOLD, Printable.clean(l.form())).append("  ")
                        .append(reading).styled(DIM, l.label() + " · not a study word").toAttributedString(),
                meaningLine(l.meaning(), cols));
    }

    /** The meaning on one line, cut with … when it is longer. */
    private static AttributedString meaningLine(String glosses, int cols) {
        String text = glosses.isEmpty() ? "(no dictionary entry)" : Printable.clean(glosses);
        AttributedString g = Wrap.ellipsize(new AttributedString(text), Math.max(4, cols - 2));
        return new AttributedStringBuilder().append(" ").append(g).toAttributedString();
    }

    /** new · learning, due in 5m · due in 5d · known · ignored · name */
    String cardStatus(ReaderWord w) {
        WordStatus s = WordStatus.of(w);
        switch (s) {
            case KNOWN:
                return w.status() == WordMark.KNOWN ? "known" : "known (well learned, due in " + due(w) + ")";
            case IGNORED:
                return "ignored";
            case NAME:
                return "name";
            case LEARNING:
                String due = due(w);
                String when = due.equals("now") ? "due now" : "due in " + due;
                return w.phase() == Phase.REVIEW ? when : "learning, " + when;
            default:
                if (w.phase() == null) return w.glosses().isEmpty() ? "not studied (no meaning)" : "not in study";
                return "new · a adds it to study";
        }
    }

    private String due(ReaderWord w) {
        if (w.due() == null) return "now";
        Duration d = Duration.between(clock.instant(), w.due());
        return d.isNegative() || d.isZero() ? "now" : IntervalFormat.format(d);
    }

    private AttributedString messageLine(int cols) {
        AttributedString legend = new AttributedStringBuilder().append(styles.legend()).append(" ").toAttributedString();
        String text = search != null ? "/" + Printable.clean(search.toString()) : Printable.clean(message);
        AttributedString left = new AttributedString(" " + text, search != null ? AttributedStyle.DEFAULT : DIM);
        int room = cols - Wrap.width(legend);
        if (Wrap.width(left) + 1 > room) return Wrap.ellipsize(left, cols); // the message matters more than the legend
        return new AttributedStringBuilder().append(left).append(" ".repeat(room - Wrap.width(left))).append(legend)
                .toAttributedString();
    }

    /** Every key, on two lines when one is too narrow. */
    private List<AttributedString> footer(int cols) {
        String[][] keys = {{"←→", "word"}, {"↑↓", "line"}, {"space b", "page"}, {"a", "add"}, {"k", "known"},
                {"i", "ignore"}, {"u", "undo"}, {"f", "furigana"}, {"/", "search"}, {"q", "quit"}};
        List<AttributedString> items = new ArrayList<>();
        for (String[] k : keys)
            items.add(new AttributedStringBuilder().styled(BOLD, k[0]).append(" ").append(k[1]).toAttributedString());
        return Wrap.hints(items, cols);
    }

    int selected() {
        return selected;
    }

    FuriganaMode mode() {
        return mode;
    }
}
