package dev.yomu.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.review.ReviewService;
import dev.yomu.review.ReviewSession;
import dev.yomu.srs.Scheduler;
import dev.yomu.srs.SchedulerParams;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.Database;
import dev.yomu.testing.Library;
import dev.yomu.testing.Library.W;
import dev.yomu.testing.MutableClock;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-screen review driven through a JLine terminal on byte streams, as a person would type. */
class ReviewScreenTest {
    @TempDir
    Path home;
    private Database db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private ReviewService service;

    @BeforeEach
    void setUp() {
        db = Database.open(home);
        new Library(db).article("記事", "米国は交渉から撤退した。", clock.instant(),
                new W("交渉", "こうしょう", "negotiations"), new W("撤退", "てったい", "withdrawal"));
        StudyDay day = new StudyDay(clock.getZone(), 4);
        service = new ReviewService(db, new Scheduler(SchedulerParams.defaults().withFuzz(false), day), day);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ReviewSession session() {
        return new ReviewSession(service, service.queue(clock.instant(), null, 20, 200), clock);
    }

    /**
     * Types {@code keys} one at a time, each after a pause, into a terminal whose keyboard is a script
     * ({@link ScriptedTerminal}: JLine's line discipline, no real tty, no threads) and returns everything the
     * screen drew. The last key must end the screen (q, Ctrl-C, Ctrl-D): the input never runs out first.
     */
    private String drive(ReviewSession session, String keys, int cols, int rows, boolean typing) {
        return drive(session, keys.codePoints().mapToObj(Character::toString).toList(), cols, rows, typing);
    }

    /** Runs the screen on {@code terminal} until it ends, on the test's thread, and returns what it drew. */
    private String drive(ReviewSession session, ScriptedTerminal terminal, boolean typing) {
        try (terminal) {
            new ReviewScreen(terminal, session, typing).run();
            return terminal.drawn();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * As above, but each string of {@code writes} arrives at once, as a terminal sends a key's escape
     * sequence or an IME its text; a pause comes between two writes. The keys must end the screen:
     * it may not be ended by the input running out.
     */
    private String drive(ReviewSession session, List<String> writes, int cols, int rows, boolean typing) {
        ScriptedTerminal terminal = ScriptedTerminal.of(cols, rows);
        writes.forEach(terminal::type);
        String screen = drive(session, terminal, typing);
        assertThat(terminal.ranOut()).as("the screen ended on a key, not on the end of input").isFalse();
        return screen;
    }

    private int logRows() throws Exception {
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM review_log")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void revealGradeUndoQuit() throws Exception {
        ReviewSession s = session();
        String screen = drive(s, " 3u q", 80, 24);
        assertThat(screen).contains("交渉").contains("negotiations").contains("undone");
        assertThat(logRows()).isZero();
        assertThat(s.reviewed()).isZero();
    }

    @Test
    void gradeIsStoredBeforeTheNextCardShows() throws Exception {
        ReviewSession s = session();
        drive(s, " 4 3q", 80, 24);
        assertThat(logRows()).isEqualTo(2);
    }

    @Test
    void gradingBeforeRevealIsRefused() throws Exception {
        ReviewSession s = session();
        String screen = drive(s, "3q", 80, 24);
        assertThat(screen).contains("show the answer first");
        assertThat(logRows()).isZero();
    }

    @Test
    void typedReadingsTurnRomajiIntoKanaAndCheckIt() throws Exception {
        ReviewSession s = session();
        String screen = drive(s, "koushou\r" + "\u0004", 80, 24, true);
        assertThat(screen).contains("こうしょう").contains("correct");
    }

    /** Ctrl-C ends the session as q does (the command then prints the summary); the grade is stored. */
    @Test // before the fix Ctrl-C only printed a hint: the screen read on until the input ran out, which drive refuses
    void ctrlCEndsTheSessionLikeQ() throws Exception {
        ReviewSession s = session();
        String screen = drive(s, " 3\u0003", 80, 24);
        assertThat(logRows()).isEqualTo(1);
        assertThat(s.reviewed()).isEqualTo(1);
        assertThat(screen).doesNotContain("q or Ctrl-D ends");
    }

    /** Before the one key reader, whatever came within 20 ms of an Esc was thrown away: here the space. */
    @Test
    void aKeyTypedRightAfterEscIsNotLost() throws Exception {
        ReviewSession s = session();
        drive(s, List.of("\u001b ", "3", "q"), 80, 24, false);
        assertThat(logRows()).isEqualTo(1);
    }

    /** Arrow keys as CSI and SS3 (with a modifier too) and an unbound sequence (F5) are no answers. */
    @Test
    void escapeSequencesAreNeverTakenForKeys() throws Exception {
        ReviewSession s = session();
        String screen = drive(s, List.of("\u001b[A", "\u001bOB", "\u001b[15~", " ", "\u001b[1;5C", "3", "q"), 80, 24, false);
        assertThat(logRows()).isEqualTo(1);
        assertThat(screen).doesNotContain("show the answer first");
    }

    /** A reading typed in kana (an IME sends it at once), even straight after an Esc. */
    @Test
    void kanaTypedThroughAnImeAfterEscAreRead() throws Exception {
        ReviewSession s = session();
        String screen = drive(s, List.of("\u001bこうしょう", "\r", "\u0004"), 80, 24, true);
        assertThat(screen).contains("correct");
    }

    @Test
    void endOfInputLeavesCleanly() throws Exception {
        ReviewSession s = session();
        ScriptedTerminal terminal = ScriptedTerminal.of(80, 24);
        String screen = drive(s, terminal, false);
        assertThat(terminal.ranOut()).isTrue();
        assertThat(screen).contains("交渉");
        assertThat(s.current()).isPresent();
    }

    /** Esc typed alone (a pause follows it) is no answer, and the keys after it count. */
    @Test
    void escAloneIsIgnoredAndTheNextKeysCount() throws Exception {
        ReviewSession s = session();
        String screen = drive(s, List.of(" ", "\u001b", "3", "\u001b", "q"), 80, 24, false);
        assertThat(logRows()).isEqualTo(1);
        assertThat(screen).doesNotContain("space show · 1-4 grade");
    }

    @Test
    void everyFrameFitsTheTerminalAtAnySize() {
        ReviewSession s = session();
        ReviewScreen screen = new ReviewScreen(null, s, false);
        s.reveal();
        for (int[] size : new int[][] {{80, 24}, {40, 10}, {120, 40}, {20, 5}}) {
            List<AttributedString> lines = screen.render(size[0], size[1]);
            assertThat(lines).hasSize(size[1]);
            assertThat(lines).allSatisfy(l -> assertThat(dev.yomu.text.DisplayWidth.of(l)).isLessThanOrEqualTo(size[0]));
        }
    }

    private String drive(ReviewSession session, String keys, int cols, int rows) {
        return drive(session, keys, cols, rows, false);
    }
}
