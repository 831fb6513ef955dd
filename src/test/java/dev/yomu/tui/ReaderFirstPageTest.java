package dev.yomu.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.reader.FuriganaMode;
import dev.yomu.reader.Paragraph;
import dev.yomu.reader.Piece;
import dev.yomu.reader.ReaderDocument;
import dev.yomu.reader.ReaderService;
import dev.yomu.reader.ReadingState;
import dev.yomu.review.ReviewService;
import dev.yomu.srs.Scheduler;
import dev.yomu.srs.SchedulerParams;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-screen reader paints its first page from the article's first paragraphs: a long article is laid
 * out further only as the learner moves on (scroll, search, G), and every screen is the one the whole
 * article's layout gives.
 */
class ReaderFirstPageTest {
    private static final int COLS = 80, ROWS = 24, COPIES = 8;

    @TempDir
    Path home;
    private Database db;
    private ReaderService service;
    private ReadingState state;
    private ReaderDocument article;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @BeforeEach
    void setUp() {
        Cli.seeded(home);
        db = Database.open(home);
        StudyDay day = StudyDay.of(clock.getZone());
        service = new ReaderService(db, new ReviewService(db, new Scheduler(SchedulerParams.defaults(), day), day), clock);
        ReaderService.Opened opened = service.open("1");
        state = new ReadingState(opened.words());
        article = opened.document();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Article 1 twenty times over, remembering the furthest paragraph anyone asked for. */
    private static final class CountingParagraphs extends AbstractList<Paragraph> implements RandomAccess {
        private final List<Paragraph> one;
        int furthest = -1;

        CountingParagraphs(List<Paragraph> one) {
            this.one = one;
        }

        @Override
        public Paragraph get(int i) {
            furthest = Math.max(furthest, i);
            return one.get(i % one.size());
        }

        @Override
        public int size() {
            return one.size() * COPIES;
        }
    }

    private CountingParagraphs paragraphs;

    private ReaderDocument longArticle() {
        paragraphs = new CountingParagraphs(article.paragraphs());
        return new ReaderDocument(article.articleId(), article.title(), paragraphs, article.text().repeat(COPIES));
    }

    private ReaderScreen screen(ReaderDocument doc, ScriptedTerminal tty) {
        return new ReaderScreen(tty, service, doc, state, ReaderStyles.colour(), FuriganaMode.UNKNOWN, clock, 0);
    }

    private static int words(ReaderDocument doc) {
        int n = 0;
        for (Paragraph p : doc.paragraphs()) n += (int) p.pieces().stream().filter(Piece::isWord).count();
        return n;
    }

    /** The text rows of a frame: between the header and the rule above the panel. */
    private static List<String> body(List<AttributedString> frame) {
        int rule = 1;
        while (!frame.get(rule).toString().startsWith(" ---")) rule++;
        return frame.subList(1, rule).stream().map(AttributedString::toAnsi).toList();
    }

    /** The whole article laid out at once, each line as the screen shows it. */
    private List<String> wholeLayout(ReaderDocument doc, int selected) {
        return new ReaderLayout(doc, state.statuses(), ReaderStyles.colour(), FuriganaMode.UNKNOWN)
                .layout(COLS - 2, false, selected).lines().stream()
                .map(l -> Wrap.fit(new AttributedStringBuilder().append(" ").append(l.text()).toAttributedString(), COLS).toAnsi())
                .toList();
    }

    /** The frame's text rows are a run of the whole layout's lines: the screen the eager reader drew. */
    private void assertShowsWholeLayout(ReaderDocument doc, ReaderScreen screen) {
        List<String> shown = body(screen.render(COLS, ROWS));
        List<String> whole = wholeLayout(doc, screen.selected());
        assertThat(java.util.Collections.indexOfSubList(whole, shown)).as("a window of the whole layout").isNotNegative();
    }

    @Test
    void theFirstPaintLaysOutNoMoreParagraphsThanTheScreenHasRows() throws Exception {
        ReaderDocument doc = longArticle();
        try (ScriptedTerminal tty = ScriptedTerminal.of(COLS, ROWS)) {
            ReaderScreen screen = screen(doc, tty);
            assertThat(paragraphs.furthest).as("nothing read before the first paint").isLessThan(ROWS);
            tty.then(() -> {
                assertThat(tty.drawn()).contains(article.title().substring(0, 4));
                assertThat(paragraphs.furthest).isLessThan(ROWS).isLessThan(paragraphs.size() / 4);
            }).type("G").then(() -> {
                assertThat(paragraphs.furthest).isEqualTo(paragraphs.size() - 1);
                assertThat(screen.selected()).isEqualTo(words(doc) - 1);
            }).type("q");
            screen.run();
            assertThat(tty.ranOut()).isFalse();
        }
    }

    @Test
    void pagingToTheEndShowsTheWholeLayoutAndStopsAtTheLastWord() {
        ReaderDocument doc = longArticle();
        ReaderScreen screen = screen(doc, null);
        assertShowsWholeLayout(doc, screen);
        int before = -1;
        while (screen.selected() != before) {
            before = screen.selected();
            screen.handle(' ');
            assertShowsWholeLayout(doc, screen);
        }
        List<String> whole = wholeLayout(doc, screen.selected());
        List<String> shown = body(screen.render(COLS, ROWS));
        assertThat(shown).isEqualTo(whole.subList(whole.size() - shown.size(), whole.size())); // the article's end
        screen.handle('b');
        assertShowsWholeLayout(doc, screen);
        screen.handle('g');
        assertThat(screen.selected()).isZero();
        assertThat(body(screen.render(COLS, ROWS))).isEqualTo(wholeLayout(doc, 0).subList(0, shown.size()));
    }

    @Test
    void searchReadsOnToEachMatchAndWrapsAtTheEnd() {
        ReaderDocument doc = longArticle();
        int matches = article.text().split("同盟国", -1).length - 1;
        assertThat(matches).isGreaterThan(1);
        matches *= COPIES;
        paragraphs.furthest = -1;
        ReaderScreen screen = screen(doc, null);
        screen.render(COLS, ROWS);
        for (char c : "/同盟国\r".toCharArray()) screen.handle(c);
        assertThat(paragraphs.furthest).as("the first match is in the first copy").isLessThan(paragraphs.size() / COPIES);
        int last = screen.selected();
        for (int i = 1; i < matches; i++) {
            screen.handle('n');
            assertThat(screen.selected()).isGreaterThan(last);
            last = screen.selected();
            assertShowsWholeLayout(doc, screen);
        }
        assertThat(screen.render(COLS, ROWS).toString()).doesNotContain("from the top");
        screen.handle('n');
        assertThat(screen.selected()).isLessThan(last);
        assertThat(screen.render(COLS, ROWS).toString()).contains("(from the top)");
        for (char c : "/存在しない言葉\r".toCharArray()) screen.handle(c);
        assertThat(screen.render(COLS, ROWS).toString()).contains("not found: 存在しない言葉");
    }
}
