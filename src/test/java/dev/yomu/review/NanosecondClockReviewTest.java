package dev.yomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.srs.Scheduler;
import dev.yomu.srs.SchedulerParams;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.Database;
import dev.yomu.testing.Library;
import dev.yomu.testing.Library.W;
import dev.yomu.testing.TickingClock;
import dev.yomu.tui.ScriptedReview;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole session on a clock with nanosecond digits, as the real clock has: learning cards come back
 * within the session and every answer must be taken, whatever precision the database keeps instants at.
 */
class NanosecondClockReviewTest {
    @TempDir
    Path home;
    private Database db;
    private final TickingClock clock = new TickingClock(Instant.parse("2026-12-12T08:00:00.123456789Z"),
            Duration.ofNanos(2_345_678_901L), ZoneId.of("Asia/Tokyo"));
    private ReviewService service;

    @BeforeEach
    void setUp() {
        db = Database.open(home);
        new Library(db).article("交渉の記事", "米国は交渉から撤退した。", clock.instant(),
                new W("交渉", "こうしょう", "negotiations"), new W("撤退", "てったい", "withdrawal"));
        StudyDay day = new StudyDay(clock.getZone(), 4);
        // with fuzz, as a learner has it: fuzzed intervals are fractions of a day, so dues carry nanoseconds
        service = new ReviewService(db, new Scheduler(SchedulerParams.defaults(), day), day);
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
    void learningCardsComeBackAndEveryAnswerIsTaken() throws Exception {
        String out = run("3\n".repeat(20) + "q\n", 2);

        // each new card: Good (10m step, shown again at once by the learn-ahead), Good again graduates it
        assertThat(out).contains("No more cards for today.").contains("Reviewed 4 cards");
        assertThat(logRows()).isEqualTo(4);
    }

    @Test
    void againThenUndoThenAnswersOnTheSameCard() throws Exception {
        String out = run("1\n1\nu\n3\n3\n3\n3\nq\n", 1);

        assertThat(out).contains("↶ undone").contains("No more cards for today.");
        assertThat(logRows()).isEqualTo(out.split("→ ").length - 2);
    }

    @Test
    void aSecondSessionOnALaterDayTakesTheStoredCards() throws Exception {
        run("1\n1\nq\n", 2);
        String later = run("3\n".repeat(10) + "q\n", 2);

        assertThat(later).doesNotContain("changed by another").contains("Reviewed");
        assertThat(logRows()).isGreaterThan(2);
    }
}
