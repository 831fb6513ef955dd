package dev.yomu.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.reader.FuriganaMode;
import dev.yomu.reader.Piece;
import dev.yomu.reader.ReaderService;
import dev.yomu.reader.ReaderService.Opened;
import dev.yomu.reader.ReadingState;
import dev.yomu.reader.WordStatus;
import dev.yomu.review.ReviewService;
import dev.yomu.srs.Scheduler;
import dev.yomu.srs.SchedulerParams;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.CardStore;
import dev.yomu.store.Database;
import dev.yomu.store.SettingStore;
import dev.yomu.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the reader through a JLine terminal over byte streams, as a learner would at the keyboard. */
class ReaderScreenTest {
    private static final String RIGHT = "\u001b[C", LEFT = "\u001b[D", DOWN = "\u001b[B";

    @TempDir
    Path home;
    private Database db;
    private ReaderService service;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @BeforeEach
    void setUp() {
        Cli.seeded(home);
        db = Database.open(home);
        StudyDay day = StudyDay.of(clock.getZone());
        service = new ReaderService(db, new ReviewService(db, new Scheduler(SchedulerParams.defaults(), day), day), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** A terminal whose keyboard the test types on and whose screen it reads. */
    private static final class Tty implements AutoCloseable {
        final PipedOutputStream keys = new PipedOutputStream();
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        final Terminal terminal;

        Tty(int cols, int rows) throws Exception {
            PipedInputStream in = new PipedInputStream(keys, 1 << 16);
            // a virtual terminal: no pty and no pump thread, just the line discipline over the streams
            terminal = new ExternalTerminal("reader-test", "xterm-256color", in, screen, StandardCharsets.UTF_8);
            terminal.setSize(new Size(cols, rows));
        }

        void type(String s) throws Exception {
            keys.write(s.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        /** Waits (at most 10 s) until the screen shows {@code text}. */
        void awaitOutput(String text) throws Exception {
            await(() -> output().contains(text));
        }

        synchronized String output() {
            return screen.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws Exception {
            terminal.close();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(20);
    }

    private ReaderScreen screen(Terminal terminal, Opened opened, ReadingState state) {
        return new ReaderScreen(terminal, service, opened.document(), state, ReaderStyles.colour(), FuriganaMode.UNKNOWN,
                clock, service.position(opened.document().articleId()));
    }

    private Thread start(ReaderScreen screen) {
        Thread t = new Thread(screen::run, "reader");
        t.start();
        return t;
    }

    private static List<Piece> words(Opened opened) {
        List<Piece> out = new ArrayList<>();
        opened.document().paragraphs().forEach(p -> p.pieces().stream().filter(Piece::isWord).forEach(out::add));
        return out;
    }

    @Test
    void cursorMovesAddsAndMarksKnownAndEveryChangeIsStored() throws Exception {
        Opened opened = service.open("1");
        ReadingState state = new ReadingState(opened.words());
        List<Piece> words = words(opened);
        try (Tty tty = new Tty(80, 24)) {
            ReaderScreen screen = screen(tty.terminal, opened, state);
            Thread t = start(screen);
            tty.type(RIGHT + RIGHT + RIGHT + LEFT); // to the third word
            await(() -> screen.selected() == 2);
            assertThat(screen.selected()).isEqualTo(2);
            tty.type("a");
            tty.awaitOutput("added to study");
            tty.type("l");
            await(() -> screen.selected() == 3);
            tty.type("k");
            tty.awaitOutput("marked known");
            tty.type("f");
            await(() -> screen.mode() == FuriganaMode.ALL);
            assertThat(screen.mode()).isEqualTo(FuriganaMode.ALL);
            tty.type("q");
            t.join(5000);
            assertThat(t.isAlive()).isFalse();
            assertThat(tty.output()).contains("added to study").contains("marked known");
        }
        ReadingState after = new ReadingState(service.open("1").words());
        assertThat(words.get(2).text()).isEqualTo("交渉");
        assertThat(after.statuses().get(words.get(2).wordId())).isEqualTo(WordStatus.LEARNING);
        assertThat(db.read(c -> new CardStore().find(c, words.get(2).wordId())).orElseThrow().state().phase().name())
                .isEqualTo("LEARNING");
        assertThat(after.statuses().get(words.get(3).wordId())).isEqualTo(WordStatus.KNOWN);
        assertThat(after.knownShare()).isGreaterThan(0);
        java.util.Optional<String> position = db.read(c -> new SettingStore().get(c, "read.position.1"));
        assertThat(position).contains("3");
    }

    /**
     * Arrow keys as CSI and SS3, with a modifier too, and a key typed right after Esc: the hand parser took
     * that key for the start of a sequence and lost it (here the l after the Esc that ends a search).
     */
    @Test
    void arrowKeysInEitherFormAndAKeyRightAfterEsc() throws Exception {
        Opened opened = service.open("1");
        try (Tty tty = new Tty(80, 24)) {
            ReaderScreen screen = screen(tty.terminal, opened, new ReadingState(opened.words()));
            Thread t = start(screen);
            tty.type("\u001bOC" + "\u001b[1;5C" + "\u001bOD" + RIGHT + "/" + "\u001bl" + "\u001b[15~" + "q");
            t.join(10_000);
            assertThat(t.isAlive()).isFalse();
            assertThat(screen.selected()).isEqualTo(3);
        }
    }

    @Test
    void undoTakesBackAnAddWithItsAnswer() throws Exception {
        Opened opened = service.open("1");
        List<Piece> words = words(opened);
        long word = words.get(2).wordId();
        int repsBefore = db.read(c -> new CardStore().find(c, word).orElseThrow().state().reps());
        onThirdWord(opened, "a", "added to study", "u", "taken back out of study", "u", "nothing to undo");
        var card = db.read(c -> new CardStore().find(c, word)).orElseThrow();
        assertThat(card.state().phase().name()).isEqualTo("NEW");
        assertThat(card.state().reps()).isEqualTo(repsBefore);
        try (var st = db.connection().createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM review_log WHERE word_id = " + word)) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(new ReadingState(service.open("1").words()).statuses().get(word)).isEqualTo(WordStatus.UNKNOWN);
    }

    @Test
    void addingAWordAlreadyInStudyChangesNothingAndUndoStillTakesBackTheRealAdd() throws Exception {
        Opened opened = service.open("1");
        long word = words(opened).get(2).wordId();
        onThirdWord(opened, "a", "added to study", "a", "is already in study", "u", "taken back out of study");
        assertThat(db.read(c -> new CardStore().find(c, word)).orElseThrow().state().phase().name()).isEqualTo("NEW");
    }

    /** Runs the screen on the article's third word, types each key and waits for its message, then quits. */
    private void onThirdWord(Opened opened, String... keyThenMessage) throws Exception {
        try (Tty tty = new Tty(80, 24)) {
            ReaderScreen screen = screen(tty.terminal, opened, new ReadingState(opened.words()));
            Thread t = start(screen);
            tty.type(RIGHT + RIGHT);
            await(() -> screen.selected() == 2);
            for (int i = 0; i < keyThenMessage.length; i += 2) {
                tty.type(keyThenMessage[i]);
                tty.awaitOutput(keyThenMessage[i + 1]);
            }
            tty.type("q");
            t.join(5000);
        }
    }

    @Test
    void thePlaceInTheArticleIsRestoredNextTime() throws Exception {
        service.savePosition(1, 7);
        Opened opened = service.open("1");
        ReaderScreen screen = screen(null, opened, new ReadingState(opened.words()));
        assertThat(screen.selected()).isEqualTo(7);
    }

    @Test
    void arrowsMoveBetweenLinesAndTheViewFollowsTheCursor() {
        Opened opened = service.open("1");
        ReaderScreen screen = screen(null, opened, new ReadingState(opened.words()));
        screen.render(80, 24);
        int before = screen.selected();
        screen.handle(Keys.DOWN);
        assertThat(screen.selected()).isGreaterThan(before + 1); // a whole line of words further on
        screen.handle(Keys.UP);
        assertThat(screen.selected()).isEqualTo(before);
        for (int i = 0; i < 40; i++) screen.handle(Keys.DOWN);
        List<AttributedString> lines = screen.render(80, 24);
        assertThat(lines).hasSize(24);
        String shown = String.join("\n", lines.subList(1, lines.size()).stream().map(AttributedString::toString).toList());
        assertThat(shown)
                .doesNotContain("米国《べいこく》、タリバン"); // scrolled past the headline (the header keeps the title)
        screen.handle('g');
        assertThat(screen.selected()).isZero();
    }

    @Test
    void ignoreTogglesAndNamesCannotBeAdded() {
        Opened opened = service.open("1");
        ReadingState state = new ReadingState(opened.words());
        List<Piece> words = words(opened);
        ReaderScreen screen = screen(null, opened, state);
        screen.render(80, 24);
        screen.handle('l');
        screen.handle('l');
        screen.handle('i');
        assertThat(state.statuses().get(words.get(2).wordId())).isEqualTo(WordStatus.IGNORED);
        screen.handle('i');
        assertThat(state.statuses().get(words.get(2).wordId())).isEqualTo(WordStatus.UNKNOWN);
        for (char c : "/ジョンソン\r".toCharArray()) screen.handle(c);
        screen.handle('a'); // a person's name stays a name (米国, a country the dictionary explains, is a study word)
        assertThat(state.statuses().get(words.get(screen.selected()).wordId())).isEqualTo(WordStatus.NAME);
    }

    /** The panel under the text: the two lines about the selected word, and the message line. */
    private static String panel(List<AttributedString> screen) {
        int rule = 0;
        while (!screen.get(rule).toString().startsWith(" ---")) rule++;
        return String.join("\n", screen.subList(rule + 1, rule + 4).stream()
                .map(l -> l.toString().stripTrailing()).toList());
    }

    @Test
    void theCursorStopsOnWordsThatAreNoStudyWordsAndThePanelLooksThemUp() {
        Opened opened = service.open("1");
        ReaderScreen screen = screen(null, opened, new ReadingState(opened.words()));
        screen.render(80, 24);
        for (char c : "/我々\r".toCharArray()) screen.handle(c);
        assertThat(panel(screen.render(80, 24))).contains(" 我々  われわれ  pronoun · not a study word").contains("\n we\n");
        screen.handle('a');
        assertThat(panel(screen.render(80, 24))).contains("我々 is not a study word");
        for (char c : "/大きな\r".toCharArray()) screen.handle(c); // a pre-noun word is a study word since issue 12
        assertThat(panel(screen.render(80, 24))).contains(" 大きな  おおきな  pre-noun · new").contains("big; large");
        for (char c : "/20日\r".toCharArray()) screen.handle(c);
        assertThat(panel(screen.render(80, 24))).contains(" 20日  はつか  number").contains("twentieth day of the month");
        for (char c : "/169人\r".toCharArray()) screen.handle(c);
        assertThat(panel(screen.render(80, 24))).contains(" 169人  ひゃくろくじゅうきゅうにん  number").contains("counter 人 (にん): counter for people");
        for (char c : "/タリバン\r".toCharArray()) screen.handle(c);
        assertThat(panel(screen.render(80, 24))).contains(" タリバン  タリバン  noun"); // a study word's reading as written
        for (char c : "/タリバン側\r".toCharArray()) screen.handle(c);
        screen.handle('l');
        assertThat(panel(screen.render(80, 24))).contains(" 側  がわ  suffix · not a study word").contains("side");
    }

    @Test
    void searchJumpsToTheNextMatch() {
        Opened opened = service.open("1");
        ReaderScreen screen = screen(null, opened, new ReadingState(opened.words()));
        screen.render(80, 24);
        for (char c : "/同盟国\r".toCharArray()) screen.handle(c);
        int first = screen.selected();
        assertThat(words(opened).get(first).text()).isEqualTo("同盟国");
        screen.handle('n');
        assertThat(screen.selected()).isGreaterThan(first);
        assertThat(words(opened).get(screen.selected()).text()).isEqualTo("同盟国");
    }

    @Test
    void resizingRelaysTheTextAndWideTerminalsGetAReadingLine() throws Exception {
        Opened opened = service.open("1");
        try (Tty tty = new Tty(80, 24)) {
            ReaderScreen screen = screen(tty.terminal, opened, new ReadingState(opened.words()));
            Thread t = start(screen);
            tty.awaitOutput("米国《べいこく》");
            assertThat(tty.output()).contains("米国《べいこく》");
            int before = tty.output().length();
            tty.terminal.setSize(new Size(120, 40));
            tty.terminal.raise(Terminal.Signal.WINCH);
            tty.type("l");
            await(() -> tty.output().substring(before).contains("べいこく"));
            String after = tty.output().substring(before);
            assertThat(after).contains("べいこく").doesNotContain("《べいこく》");
            tty.type("q");
            t.join(5000);
        }
        ReaderScreen screen = screen(null, opened, new ReadingState(opened.words()));
        for (int[] size : new int[][] {{80, 24}, {120, 40}, {30, 8}}) {
            List<AttributedString> lines = screen.render(size[0], size[1]);
            assertThat(lines).hasSize(size[1]);
            for (AttributedString l : lines) assertThat(l.columnLength()).isEqualTo(size[0]);
        }
    }

    @Test
    void escapeSequencesStoredInTheTextNeverReachTheTerminal() throws Exception {
        db.transaction(c -> {
            // Appended to the end of the first sentence of the first block (sentences end at U+001D).
            try (PreparedStatement ps = c.prepareStatement("UPDATE sentence_block SET texts = CASE "
                    + "WHEN LOCATE(CHAR(29), texts) = 0 THEN texts || ? ELSE INSERT(texts, LOCATE(CHAR(29), texts), 1, ? || CHAR(29)) END "
                    + "WHERE article_id = 1 AND first_ord = 0")) {
                ps.setString(1, "\u001b[31mRED\u001b]0;pwned\u0007\u009b2J");
                ps.setString(2, "\u001b[31mRED\u001b]0;pwned\u0007\u009b2J");
                return ps.executeUpdate();
            }
        });
        Opened opened = service.open("1");
        try (Tty tty = new Tty(80, 24)) {
            Thread t = start(screen(tty.terminal, opened, new ReadingState(opened.words())));
            tty.awaitOutput("[31mRED");
            tty.type("q");
            t.join(5000);
            String out = tty.output();
            assertThat(out).contains("[31mRED").doesNotContain("\u001b[31mRED").doesNotContain("\u001b]0;pwned")
                    .doesNotContain("\u0007").doesNotContain("\u009b");
        }
    }
}
