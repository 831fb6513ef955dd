package dev.yomu.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yomu.testing.Cli;
import dev.yomu.testing.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decks in the repository's decks/ folder: current, valid for Anki, and stable. */
class SeedDecksTest {
    private static final Path REPO_DECKS = Path.of("decks");
    private static final Path VALIDATOR = Path.of("..", "shared", "anki", "validate_anki_csv.py");

    @TempDir
    Path home;
    @TempDir
    Path out;
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = Cli.seeded(home);
    }

    private static List<Path> decksIn(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void repositoryDecksMatchTheCurrentExporter() throws Exception {
        Result r = cli.run("export", "anki");
        assertThat(r.status()).as(r.err()).isZero();
        List<Path> fresh = decksIn(home.resolve("decks"));
        assertThat(fresh).hasSize(4);
        assertThat(decksIn(REPO_DECKS).stream().map(p -> p.getFileName().toString()))
                .as("decks/ is stale: regenerate it with ./yomu export seed-decks --out decks")
                .containsExactlyElementsOf(fresh.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : fresh)
            assertThat(Files.readAllBytes(REPO_DECKS.resolve(f.getFileName())))
                    .as("decks/%s is stale: regenerate it with ./yomu export seed-decks --out decks", f.getFileName())
                    .isEqualTo(Files.readAllBytes(f));
    }

    @Test
    void everyNoteOfAllArticlesHasASentenceAndItsArticleAndNoStrayDeck() throws Exception {
        Path file = out.resolve("all.txt");
        Result r = cli.run("export", "anki", "--all", "--out", file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String[]> rows = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#"))
                .map(l -> l.split("\t", -1)).toList();
        assertThat(rows).hasSizeGreaterThan(700).allSatisfy(c -> {
            assertThat(c[5]).as("Sentence of %s", c[1]).isNotEmpty().doesNotStartWith("/");
            assertThat(c[7]).as("Article of %s", c[1]).isNotBlank();
            assertThat(c[9]).as("Deck of %s", c[1]).isEqualTo("Yomu::" + c[7]);
            assertThat(c[8]).as("Tags of %s", c[1]).doesNotContain("e3b0c442"); // the hash of an empty title
        });
        // the title is the only place 対ソ干渉戦争 occurs: it is the example, not nothing
        assertThat(rows).filteredOn(c -> c[1].equals("対ソ干渉戦争")).singleElement()
                .satisfies(c -> assertThat(c[5]).isEqualTo("<b>対ソ干渉戦争</b>"));
    }

    @Test
    void exportingTwiceGivesIdenticalBytes() throws Exception {
        cli.run("export", "anki", "--article", "1", "--out", out.resolve("a.txt").toString());
        cli.run("export", "anki", "--article", "1", "--out", out.resolve("b.txt").toString());
        assertThat(Files.readAllBytes(out.resolve("a.txt"))).isEqualTo(Files.readAllBytes(out.resolve("b.txt")));
    }

    @Test
    void everySeedDeckPassesAnkisImporterWithTheExpectedNoteCount() throws Exception {
        assumeTrue(Files.exists(VALIDATOR), "the validator lives in ../shared beside the project");
        assumeTrue(python3Available(), "python3 runs the validator");
        for (int article = 1; article <= 4; article++) {
            Path file = out.resolve("deck" + article + ".txt");
            Result r = cli.run("export", "anki", "--article", Integer.toString(article), "--out", file.toString());
            assertThat(r.status()).as(r.err()).isZero();
            long expected = expectedNotes(article);
            assertThat(expected).isGreaterThan(50);
            Process p = new ProcessBuilder("python3", VALIDATOR.toString(), file.toString(), Long.toString(expected))
                    .redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(report).isZero();
        }
    }

    /** Study words with a meaning: each becomes one note. */
    private long expectedNotes(int article) throws Exception {
        JsonNode words = new ObjectMapper().readTree(cli.run("words", Integer.toString(article), "--json").out());
        long n = 0;
        for (JsonNode w : words) if (w.get("glosses").size() > 0) n++;
        return n;
    }

    @Test
    void aMissingFolderIsAClearErrorAndWritesNothing() throws Exception {
        Path target = out.resolve("no-such-folder").resolve("deck.txt");
        Result r = cli.run("export", "anki", "--article", "1", "--out", target.toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(out.resolve("no-such-folder")).doesNotExist();
    }

    private static boolean python3Available() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
