package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import dev.yomu.testing.Cli.Result;
import dev.yomu.testing.YomuProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where exports go. Tests run in the repository, as a learner following the status screen's advice
 * in a clone would: a learner's export must leave the repository's decks/ alone.
 */
class ExportCommandTest {
    private static final Path REPO_DECKS = Path.of("decks");

    @TempDir
    Path home;
    @TempDir
    Path elsewhere;
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = Cli.seeded(home);
    }

    private static Map<String, FileTime> snapshot(Path dir) throws Exception {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) out.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
        }
        return out;
    }

    @Test
    void ankiExportWithoutOutGoesToTheDataFolderAndSaysWhere() throws Exception {
        Map<String, FileTime> repoBefore = snapshot(REPO_DECKS);
        Result r = cli.run("export", "anki");
        assertThat(r.status()).as(r.err()).isZero();
        Path decks = home.resolve("decks").toAbsolutePath();
        assertThat(r.out().lines()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("Wrote ").contains(" notes to " + decks + "/"));
        for (String line : r.out().lines().toList())
            assertThat(Path.of(line.substring(line.indexOf(" to ") + 4))).isRegularFile().isAbsolute();
        assertThat(snapshot(REPO_DECKS)).isEqualTo(repoBefore);
    }

    @Test
    void ankiOutDashWritesTheDeckToStandardOutputNotAFileNamedDash() throws Exception {
        Path file = elsewhere.resolve("deck.txt");
        assertThat(cli.run("export", "anki", "--article", "1", "--out", file.toString()).status()).isZero();

        Result r = cli.run("export", "anki", "--article", "1", "--out", "-");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(file));
        assertThat(Path.of("-")).doesNotExist();
        assertThat(cli.run("export", "anki", "--all", "--out", "-").out()).startsWith("#separator:");
    }

    /** The same headline in two files gives two articles of one title; each keeps its own deck. */
    @Test
    void articlesWithOneTitleGetOneDeckEach() throws Exception {
        Path texts = Files.createDirectories(elsewhere.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "撤退の知らせ\n\n米軍は撤退を始めた。\n");
        Files.writeString(texts.resolve("b.txt"), "撤退の知らせ\n\n英軍は撤退を終えた。\n");
        assertThat(cli.run("import", texts.toString()).status()).isZero();
        Result r = cli.run("export", "anki");
        assertThat(r.status()).as(r.err()).isZero();
        Path decks = home.resolve("decks").toAbsolutePath();
        assertThat(r.out()).contains(" to " + decks.resolve("撤退の知らせ.txt") + "\n")
                .contains(" to " + decks.resolve("撤退の知らせ-6.txt") + "\n");
        assertThat(Files.readString(decks.resolve("撤退の知らせ.txt"))).contains("米軍").doesNotContain("英軍");
        assertThat(Files.readString(decks.resolve("撤退の知らせ-6.txt"))).contains("英軍").doesNotContain("米軍");
    }

    @Test
    void wordListWithoutOutGoesToTheDataFolderAndSaysWhere() throws Exception {
        Map<String, FileTime> repoBefore = snapshot(REPO_DECKS);
        Result r = cli.run("export", "words", "--article", "1");
        assertThat(r.status()).as(r.err()).isZero();
        Path file = Path.of(r.out().strip().replaceFirst("^Wrote \\d+ words to ", ""));
        assertThat(file).isAbsolute().isRegularFile().hasParent(home.resolve("decks").toAbsolutePath());
        assertThat(snapshot(REPO_DECKS)).isEqualTo(repoBefore);
    }

    @Test
    void aRelativeOutIsReportedWithItsFullPath() throws Exception {
        Path target = elsewhere.resolve("deck.txt");
        Path relative = Path.of("").toAbsolutePath().relativize(target);
        Result r = cli.run("export", "anki", "--article", "1", "--out", relative.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(" notes to " + target + "\n");
        assertThat(target).isRegularFile();
    }

    @Test
    void theStatusScreenNamesTheFolderExportsGoTo() {
        String status = cli.run().out();
        assertThat(status).contains("into " + home.resolve("decks").toAbsolutePath());
        // the suggestion keeps to one line at 80 columns however long the data folder's path is
        assertThat(status.lines().filter(l -> l.contains("yomu export anki"))).singleElement()
                .satisfies(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void seedDecksOutsideTheRepositoryNeedsAFolderAndWritesNothing() throws Exception {
        try (YomuProcess p = new YomuProcess(elsewhere, home, "2026-03-01T01:00:00Z", "export", "seed-decks")) {
            String line = p.await("--out", 60);
            assertThat(line).isEqualTo("yomu: export seed-decks writes the Yomu repository's decks/; run it in the "
                    + "repository or give a folder with --out DIR.");
            assertThat(p.closeInputAndWait()).isEqualTo(2);
        }
        assertThat(elsewhere.resolve("decks")).doesNotExist();
    }
}
