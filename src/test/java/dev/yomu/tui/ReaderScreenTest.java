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
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
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

    private ReaderScreen screen(Terminal terminal, Opened opened, ReadingState state) {
        return new ReaderScreen(terminal, service, opened.document(), state, ReaderStyles.colour(), FuriganaMode.UNKNOWN,
                clock, service.position(opened.document().articleId()));
    }

    /**
     * Runs {@code screen} on the test's thread until it ends; {@code tty}'s script ends it with a key, never by
     * running out of input (a reader that missed its q or Ctrl-C would read on to the end of the script).
     */
    private static void run(ReaderScreen screen, ScriptedTerminal tty) {
        screen.run();
        assertThat(tty.ranOut()).as("the reader ended on a key, not on the end of input").isFalse();
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
        try (ScriptedTerminal tty = ScriptedTerminal.of(80, 24)) {
            ReaderScreen screen = screen(tty, opened, state);
            tty.type(RIGHT + RIGHT + RIGHT + LEFT) // to the third word
                    .then(() -> assertThat(screen.selected()).isEqualTo(2))
                    .type("a").then(() -> assertThat(tty.drawn()).contains("added to study"))
                    .type("l").then(() -> assertThat(screen.selected()).isEqualTo(3))
                    .type("k").then(() -> assertThat(tty.drawn()).contains("marked known"))
                    .type("f").then(() -> assertThat(screen.mode()).isEqualTo(FuriganaMode.ALL))
                    .type("q");
            run(screen, tty);
            assertThat(tty.drawn()).contains("added to study").contains("marked known");
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
        try (ScriptedTerminal tty = ScriptedTerminal.of(80, 24)) {
            ReaderScreen screen = screen(tty, opened, new ReadingState(opened.words()));
            tty.type("\u001bOC" + "\u001b[1;5C" + "\u001bOD" + RIGHT + "/" + "\u001bl" + "\u001b[15~" + "q");
            run(screen, tty);
            assertThat(screen.selected()).isEqualTo(3);
        }
    }

    /** Esc typed alone (a pause follows it) ends a search, and the key after the pause moves on as usual. */
    @Test
    void escAloneEndsASearch() throws Exception {
        Opened opened = service.open("1");
        try (ScriptedTerminal tty = ScriptedTerminal.of(80, 24)) {
            ReaderScreen screen = screen(tty, opened, new ReadingState(opened.words()));
            tty.keys("/x").type("\u001b").then(() -> assertThat(screen.selected()).isZero()).keys("llq");
            run(screen, tty);
            assertThat(screen.selected()).isEqualTo(2); // l and l moved: they did not go into the search
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
        try (ScriptedTerminal tty = ScriptedTerminal.of(80, 24)) {
            ReaderScreen screen = screen(tty, opened, new ReadingState(opened.words()));
            int[] seen = {0}; // how much of the output the last check saw: each message must be new
            tty.type(RIGHT + RIGHT).then(() -> {
                assertThat(screen.selected()).isEqualTo(2);
                seen[0] = tty.drawn().length();
            });
            for (int i = 0; i < keyThenMessage.length; i += 2) {
                String message = keyThenMessage[i + 1];
                tty.type(keyThenMessage[i]).then(() -> {
                    assertThat(tty.drawn().substring(seen[0])).contains(message);
                    seen[0] = tty.drawn().length();
                });
            }
            tty.type("q");
            run(screen, tty);
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

    /**
     * A lone ESC [ (Alt-[ on many terminals, or a sequence cut short) ends after the Esc wait: the reader
     * repaints a resize at once instead of holding it until another key, and the next key is its own.
     */
    @Test
    void aLoneCsiDoesNotHoldBackAResizeNorSwallowTheNextKey() throws Exception {
        Opened opened = service.open("1");
        try (ScriptedTerminal tty = ScriptedTerminal.of(80, 24)) {
            ReaderScreen screen = screen(tty, opened, new ReadingState(opened.words()));
            int[] before = {0};
            tty.type("\u001b[").then(() -> {
                before[0] = tty.drawn().length();
                tty.setSize(new Size(120, 40));
                tty.raise(Terminal.Signal.WINCH);
            }).idle().then(() -> {
                String after = tty.drawn().substring(before[0]);
                assertThat(after).contains("べいこく").doesNotContain("《べいこく》");
            }).type("q");
            run(screen, tty);
        }
    }

    @Test
    void resizingRelaysTheTextAndWideTerminalsGetAReadingLine() throws Exception {
        Opened opened = service.open("1");
        try (ScriptedTerminal tty = ScriptedTerminal.of(80, 24)) {
            ReaderScreen screen = screen(tty, opened, new ReadingState(opened.words()));
            int[] before = {0};
            tty.then(() -> {
                assertThat(tty.drawn()).contains("米国《べいこく》");
                before[0] = tty.drawn().length();
                tty.setSize(new Size(120, 40));
                tty.raise(Terminal.Signal.WINCH);
            }).type("l").then(() -> {
                String after = tty.drawn().substring(before[0]);
                assertThat(after).contains("べいこく").doesNotContain("《べいこく》");
            }).type("q");
            run(screen, tty);
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
        // Appended to the end of the first sentence of the first block (sentences end at U+001D).
        try (PreparedStatement ps = db.connection().prepareStatement("UPDATE sentence_block SET texts = CASE "
                + "WHEN LOCATE(CHAR(29), texts) = 0 THEN texts || ? ELSE INSERT(texts, LOCATE(CHAR(29), texts), 1, ? || CHAR(29)) END "
                + "WHERE article_id = 1 AND first_ord = 0")) {
            ps.setString(1, "\u001b[31mRED\u001b]0;pwned\u0007\u009b2J");
            ps.setString(2, "\u001b[31mRED\u001b]0;pwned\u0007\u009b2J");
            ps.executeUpdate();
        }
        db.connection().commit();
        Opened opened = service.open("1");
        try (ScriptedTerminal tty = ScriptedTerminal.of(80, 24)) {
            tty.type("q");
            run(screen(tty, opened, new ReadingState(opened.words())), tty);
            String out = tty.drawn();
            assertThat(out).contains("[31mRED").doesNotContain("\u001b[31mRED").doesNotContain("\u001b]0;pwned")
                    .doesNotContain("\u0007").doesNotContain("\u009b");
        }
    }
}
