package dev.yomu.tui;

import dev.yomu.study.ArticleSummary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quiz.Question;
import dev.yomu.quiz.QuizMaker.Mix;
import dev.yomu.quiz.QuestionKind;
import dev.yomu.reader.FuriganaMode;
import dev.yomu.reader.ReaderService;
import dev.yomu.reader.ReaderService.Opened;
import dev.yomu.reader.ReadingState;
import dev.yomu.quizsession.QuizService;
import dev.yomu.quizsession.QuizSession;
import dev.yomu.review.ReviewService;
import dev.yomu.review.ReviewSession;
import dev.yomu.srs.Scheduler;
import dev.yomu.srs.SchedulerParams;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import dev.yomu.testing.Library;
import dev.yomu.testing.Library.W;
import dev.yomu.text.DisplayWidth;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles and texts with emoji (⚡ is drawn two columns wide) and CJK on an 80x24 terminal: the reader,
 * review and quiz screens fit every row, keep the header on the first row and cut titles with ….
 */
class WideCharacterScreensTest {
    @TempDir
    Path home;
    private Database db;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private final StudyDay day = new StudyDay(clock.getZone(), 4);
    private ReviewService reviews;

    @BeforeEach
    void setUp() {
        Cli.seeded(home);
        db = Database.open(home);
        reviews = new ReviewService(db, new Scheduler(SchedulerParams.defaults().withFuzz(false), day), day);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theReaderShowsTheEmojiTitledSeedWithTheHeaderFirstAndNoRowWrapping() throws Exception {
        ArticleSummary seed = db.read(new ArticleStore(db)::summaries).stream()
                .filter(a -> a.title().contains("⚡")).findFirst().orElseThrow();
        for (int[] size : new int[][] {{80, 24}, {120, 40}}) {
            VirtualScreen screen = readerFrame(String.valueOf(seed.id()), size[0], size[1]);
            List<String> rows = screen.rows();
            assertThat(screen.overruns()).as("rows that ran over at %dx%d", size[0], size[1]).isEmpty();
            assertThat(rows.get(0)).startsWith(" 読む ルーカス・レイロス⚡モスクワ").contains("furigana");
            assertThat(rows).allSatisfy(r -> assertThat(DisplayWidth.of(r)).isLessThanOrEqualTo(size[0]));
            // every key is shown, on two lines if one is too narrow
            assertThat(String.join("\n", rows)).contains("q quit", "u undo", "space b page", "/ search");
        }
    }

    /** Opens the reader on a virtual terminal, takes its first whole frame, ends it with Ctrl-C and returns the frame. */
    private VirtualScreen readerFrame(String article, int cols, int rows) throws Exception {
        ReaderService service = new ReaderService(db, reviews, clock);
        Opened opened = service.open(article);
        try (ScriptedTerminal t = ScriptedTerminal.of(cols, rows)) {
            ReaderScreen screen = new ReaderScreen(t, service, opened.document(), new ReadingState(opened.words()),
                    ReaderStyles.colour(), FuriganaMode.UNKNOWN, clock, 0);
            VirtualScreen[] frame = new VirtualScreen[1];
            t.then(() -> frame[0] = VirtualScreen.replay(t.drawn(), cols, rows)) // the reader waits for its first key
                    .type((byte) 3); // Ctrl-C ends the reader as q does
            screen.run();
            assertThat(t.ranOut()).as("the reader ended on Ctrl-C").isFalse();
            assertThat(frame[0].rows().get(rows - 1)).as("a whole frame, down to the keys on the last row").contains("quit");
            return frame[0];
        }
    }

    @Test
    void theReviewFitsEmojiAndCjkAndCutsTheSourceTitleWithAnEllipsis(@TempDir Path own) {
        try (Database fresh = Database.open(own)) { // only this article's cards in the queue
            ReviewService service = new ReviewService(fresh, new Scheduler(SchedulerParams.defaults().withFuzz(false), day), day);
            String title = "⚡速報⚡ " + "モスクワは核エスカレーションの危険性について西側に警告を続けている".repeat(2);
            new Library(fresh).article(title, "ザハロワ報道官は⚡声明😀で雷光(らいこう)のような稲妻が走ったと述べた。",
                    clock.instant(), new W("雷光", "らいこう", "flash of lightning"), new W("稲妻", "いなずま", "lightning"));
            ReviewSession session = new ReviewSession(service, service.queue(clock.instant(), null, 20, 200), clock);
            ReviewScreen screen = new ReviewScreen(null, session, false);
            fits(screen.render(80, 24), 80);
            session.reveal();
            List<AttributedString> back = screen.render(80, 24);
            fits(back, 80);
            assertThat(back.stream().map(AttributedString::toString).filter(l -> l.contains("from: ")).findFirst()
                    .orElseThrow()).contains("⚡速報⚡").endsWith("…");
        }
    }

    @Test
    void theQuizFitsEmojiAndCjk() {
        ArticleSummary seed = db.read(new ArticleStore(db)::summaries).get(0);
        QuizService service = new QuizService(db, reviews);
        String sentence = "ルーカス・レイロス⚡モスクワは核エスカレーションの危険性について西側に警告を続けている。".repeat(3);
        Question q = new Question(QuestionKind.CONTEXT, "⚡ 次の文の内容に合うものは？\n" + sentence,
                List.of("⚡警告😀", "交渉", "撤退", "同盟"), 0, sentence, "⚡" + sentence, 0);
        QuizSession session = new QuizSession(service, seed.id(), Mix.MIXED, 1, List.of(q), clock);
        QuizScreen screen = new QuizScreen(null, session);
        fits(screen.render(80, 24), 80);
        screen.handle('2');
        fits(screen.render(80, 24), 80);
    }

    private static void fits(List<AttributedString> rows, int cols) {
        assertThat(rows).allSatisfy(r -> assertThat(DisplayWidth.of(r)).as(r.toString()).isLessThanOrEqualTo(cols));
        assertThat(rows.get(0).toString()).startsWith(" 読む");
    }
}
