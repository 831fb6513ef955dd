package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import dev.yomu.testing.Cli.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing the dictionary is the one command that changes every later import: it asks, and it can be undone. */
class DictCommandTest {
    @TempDir
    Path home;
    private Cli cli;
    private Path tiny;

    @BeforeEach
    void setUp() throws Exception {
        cli = Cli.seeded(home);
        tiny = home.resolve("tiny.edict");
        Files.write(tiny, "\u3000？？？ /EDICT test/\n猫 [ねこ] /(n) small domesticated feline/\n"
                .getBytes(Charset.forName("EUC-JP")));
    }

    private String lookup(String word) {
        return cli.run("dict", "lookup", word).out();
    }

    @Test
    void withoutATerminalOrYesTheDictionaryStays() {
        Result r = cli.run("dict", "import", tiny.toString(), "--force");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("not a terminal").contains("--yes");
        assertThat(lookup("猫")).contains("cat").doesNotContain("feline");
    }

    @Test
    void aFileWithFewEntriesIsRefusedUnlessForcedAndNothingChanges() {
        String before = cli.run("dict", "info").out();
        Result r = cli.run("dict", "import", tiny.toString(), "--yes");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("only 1 entries").contains("nothing changed").contains("--force");
        assertThat(cli.run("dict", "info").out()).isEqualTo(before);
        assertThat(lookup("犬")).contains("dog");

        Result forced = cli.run("dict", "import", tiny.toString(), "--yes", "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(lookup("猫")).contains("feline");
    }

    @Test
    void atATerminalOnlyATypedYesReplaces() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        cli.terminal(() -> terminal("n\r", screen));
        Result no = cli.run("dict", "import", tiny.toString(), "--force");
        assertThat(no.status()).isZero();
        assertThat(no.out()).isEqualTo("Nothing changed.\n");
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Replace the dictionary (EDICT 2021-02-03 (bundled)) with tiny.edict?");
        assertThat(lookup("猫")).doesNotContain("feline");

        cli.terminal(() -> terminal("y\r", new ByteArrayOutputStream()));
        assertThat(cli.run("dict", "import", tiny.toString(), "--force").out()).contains("Loaded 1 entries");
        assertThat(lookup("猫")).contains("feline");
    }

    @Test
    void resetBringsBackTheBundledDictionary() {
        cli.run("dict", "import", tiny.toString(), "--yes", "--force");
        assertThat(lookup("犬")).doesNotContain("dog");

        Result reset = cli.run("dict", "reset");
        assertThat(reset.status()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("bundled EDICT");
        assertThat(lookup("犬")).contains("dog");
        assertThat(cli.run("dict", "info").out()).contains("EDICT 2021-02-03 (bundled)");
    }

    @Test
    void anImportedDictionaryIsAFileInTheDataFolderAndTheStatusSaysWhichIsInUse() throws Exception {
        Path file = home.resolve("dictionary/imported.yomudict");
        assertThat(cli.run("dict").out()).startsWith("Dictionary: EDICT 2021-02-03 (bundled), 267379 entries.\n");
        assertThat(cli.run("dict", "import", tiny.toString(), "--yes").status()).isEqualTo(2);
        assertThat(home.resolve("dictionary")).doesNotExist(); // refused: nothing written

        assertThat(cli.run("dict", "import", tiny.toString(), "--yes", "--force").status()).isZero();
        assertThat(file).isRegularFile();
        assertThat(Files.list(home.resolve("dictionary"))).containsExactly(file); // no temporary file left
        assertThat(cli.run("dict").out()).startsWith("Dictionary: EDICT tiny.edict, 1 entries, in " + file);

        assertThat(cli.run("dict", "reset").status()).isZero();
        assertThat(file).doesNotExist();
        assertThat(cli.run("dict").out()).startsWith("Dictionary: EDICT 2021-02-03 (bundled), 267379 entries.\n");
    }

    @Test
    void jmdictIsCompiledIntoTheDataFolderAndImportsUseIt() throws Exception {
        Path jmdict = home.resolve("JMdict_e.gz");
        try (var in = DictCommandTest.class.getResourceAsStream("/dict/jmdict-mini.xml.gz")) {
            Files.copy(in, jmdict);
        }
        Result r = cli.run("dict", "import", jmdict.toString(), "--yes", "--force");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Loaded 4 entries from JMdict_e.gz.");
        assertThat(cli.run("dict").out()).startsWith("Dictionary: JMdict JMdict_e.gz, 4 entries, in " + home.resolve("dictionary"));
        assertThat(lookup("こうしょう")).contains("交渉 【こうしょう】  (common)", "1. (n,vs,adj-no) negotiations; discussions");
        assertThat(cli.run("dict", "lookup", "犬").status()).isEqualTo(3); // EDICT's words are gone with EDICT

        Path text = Files.writeString(home.resolve("talks.txt"), "交渉の記録\n\n両国は交渉を行った。\n");
        assertThat(cli.run("import", text.toString()).status()).isZero();
        assertThat(cli.run("export", "words", "--article", "5", "--out", "-").out()).contains("交渉").contains("negotiations");
    }

    @Test
    void aDamagedImportedDictionaryIsOneLineAndResetRepairsIt() throws Exception {
        cli.run("dict", "import", tiny.toString(), "--yes", "--force");
        Path file = home.resolve("dictionary/imported.yomudict");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 5] ^= 0x21;
        Files.write(file, bytes);

        Result r = cli.run("dict", "lookup", "猫");
        assertThat(r.status()).isEqualTo(4);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(file + " is damaged").contains("yomu dict reset").doesNotContain("Exception");
        assertThat(cli.run("review", "--new", "0").status()).as("review does not read the dictionary").isZero();

        assertThat(cli.run("dict", "reset").status()).isZero();
        assertThat(lookup("猫")).contains("cat");
    }

    @Test
    void aFolderOrAMissingFileIsOneLine() {
        Result folder = cli.run("dict", "import", home.toString(), "--yes");
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err()).contains("not a file");
        Result missing = cli.run("dict", "import", home.resolve("nope.xml").toString(), "--yes");
        assertThat(missing.status()).isEqualTo(3);
        assertThat(missing.err().strip().lines()).hasSize(1);
    }

    private static Optional<org.jline.terminal.Terminal> terminal(String typed, ByteArrayOutputStream screen) {
        try {
            return Optional.of(new ExternalTerminal("test", "xterm-256color",
                    new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
