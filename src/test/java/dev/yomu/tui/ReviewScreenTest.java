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
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
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
     * Types {@code keys} one at a time into an in-process terminal (JLine's ExternalTerminal: a
     * line discipline over byte streams, no real tty) and returns everything the screen drew.
     * The input stays open until the screen returns, as a person's keyboard would.
     */
    private String drive(ReviewSession session, String keys, int cols, int rows, boolean typing) throws Exception {
        List<String> bytes = new java.util.ArrayList<>();
        for (byte b : keys.getBytes(StandardCharsets.UTF_8)) bytes.add(new String(new byte[] {b}, StandardCharsets.ISO_8859_1));
        return drive(session, bytes, cols, rows, typing);
    }

    /**
     * As above, but each string of {@code writes} arrives at once, as a terminal sends a key's escape
     * sequence or an IME its text (ISO-8859-1 strings stand for single bytes, others are sent as UTF-8).
     */
    private String drive(ReviewSession session, List<String> writes, int cols, int rows, boolean typing) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keyboard);
        try (Terminal t = new ExternalTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8)) {
            t.setSize(new Size(cols, rows));
            Thread typist = new Thread(() -> {
                try {
                    for (String w : writes) {
                        boolean oneByte = w.length() == 1 && w.charAt(0) < 0x100;
                        keyboard.write(oneByte ? new byte[] {(byte) w.charAt(0)} : w.getBytes(StandardCharsets.UTF_8));
                        keyboard.flush();
                        Thread.sleep(40);
                    }
                    if (writes.isEmpty()) keyboard.close(); // end of input
                } catch (Exception ignored) {
                    // the screen closed the terminal first
                }
            });
            typist.start();
            new ReviewScreen(t, session, typing).run();
            typist.join(5000);
        }
        return out.toString(StandardCharsets.UTF_8);
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
    @Test
    @org.junit.jupiter.api.Timeout(60) // before the fix Ctrl-C only printed a hint and the screen never ended
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
        drive(s, "", 80, 24);
        assertThat(s.current()).isPresent();
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

    private String drive(ReviewSession session, String keys, int cols, int rows) throws Exception {
        return drive(session, keys, cols, rows, false);
    }
}
