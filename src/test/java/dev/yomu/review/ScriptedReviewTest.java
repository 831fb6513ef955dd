package dev.yomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.srs.Phase;
import dev.yomu.srs.Scheduler;
import dev.yomu.srs.SchedulerParams;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.CardStore;
import dev.yomu.store.Database;
import dev.yomu.testing.Library;
import dev.yomu.testing.Library.W;
import dev.yomu.testing.MutableClock;
import dev.yomu.tui.ScriptedReview;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptedReviewTest {
    @TempDir
    Path home;
    private Database db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private List<Long> ids;
    private ReviewService service;

    @BeforeEach
    void setUp() {
        db = Database.open(home);
        ids = new Library(db).article("交渉の記事", "米国は交渉から撤退した。", clock.instant(),
                new W("交渉", "こうしょう", "negotiations"), new W("撤退", "てったい", "withdrawal"),
                new W("米国", "べいこく", "USA"));
        StudyDay day = new StudyDay(clock.getZone(), 4);
        service = new ReviewService(db, new Scheduler(SchedulerParams.defaults().withFuzz(false), day), day);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private String run(String input, int newCards) {
        ReviewSession session = new ReviewSession(service, service.queue(clock.instant(), null, newCards, 200), clock);
        StringWriter out = new StringWriter();
        new ScriptedReview(session, new BufferedReader(new StringReader(input)), new PrintWriter(out)).run();
        return out.toString();
    }

    private int logRows() throws Exception {
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM review_log")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void printsCardWithSentenceAnswerAndButtonIntervals() {
        String out = run("q\n", 20);
        assertThat(out).contains("── new 3 · learning 0 · review 0 ──")
                .contains("米国は[交渉]から撤退した。")
                .contains("answer: 交渉(こうしょう) · noun · negotiations")
                .contains("1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy")
                .contains("Reviewed 0 cards");
    }

    @Test
    void eachAnswerIsStoredAndUndoRestoresTheCardExactly() throws Exception {
        CardStore cards = new CardStore();
        var before = db.read(c -> cards.find(c, ids.get(0))).orElseThrow().state();
        run("3\nu\nq\n", 20);
        assertThat(logRows()).isZero();
        assertThat(db.read(c -> cards.find(c, ids.get(0))).orElseThrow().state()).isEqualTo(before);

        run("4\nq\n", 20);
        assertThat(logRows()).isEqualTo(1);
        assertThat(db.read(c -> cards.find(c, ids.get(0))).orElseThrow().state().phase()).isEqualTo(Phase.REVIEW);
    }

    @Test
    void againBringsTheCardBackInTheSameSession() {
        String out = run("1\n3\n3\n3\n", 1);
        // one new card: Again (1m), then shown again once nothing else is left (learn-ahead)
        assertThat(out.split("── new").length - 1).isGreaterThanOrEqualTo(2);
        assertThat(out).contains("→ Again, next in 1m");
    }

    @Test
    void knownWordsLeaveTheQueueAndUndoBringsThemBack() throws Exception {
        run("k\nq\n", 20);
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT status FROM word WHERE id = " + ids.get(0))) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("KNOWN");
        }
        String second = run("q\n", 20);
        assertThat(second).contains("── new 2 ·");
    }

    @Test
    void theDailyNewCardLimitCountsTheCardsIntroducedToday() {
        run("3\nq\n", service.newCardsLeftToday(clock.instant(), 1));
        assertThat(service.newCardsLeftToday(clock.instant(), 1)).isZero();
        assertThat(service.newCardsLeftToday(clock.instant(), 3)).isEqualTo(2);
        assertThat(run("q\n", service.newCardsLeftToday(clock.instant(), 1))).startsWith("── new 0 · learning 1");
    }

    @Test
    void theNewCardsCountedForTodayAreTheNewCardsTheReviewShows() {
        for (int limit : new int[] {0, 1, 2, 20}) assertNewCardsTodayMatchTheQueue(limit);
        run("3\nq\n", 1); // one card introduced today: the limits count it
        for (int limit : new int[] {0, 1, 2, 20}) assertNewCardsTodayMatchTheQueue(limit);
        assertThat(service.newCardsToday(clock.instant(), 20)).isEqualTo(2);
        assertThat(service.newCardsToday(clock.instant(), 2)).isEqualTo(1);
    }

    private void assertNewCardsTodayMatchTheQueue(int newPerDay) {
        int limit = service.newCardsLeftToday(clock.instant(), newPerDay);
        assertThat(service.newCardsToday(clock.instant(), newPerDay)).as("new per day %d", newPerDay)
                .isEqualTo(service.queue(clock.instant(), null, limit, 200).counts().fresh());
    }

    @Test
    void badInputAsksAgainAndEndOfInputEndsTheSession() {
        String out = run("x\n", 20);
        assertThat(out).contains("? type 1-4 to grade").contains("Reviewed 0 cards");
    }
}
