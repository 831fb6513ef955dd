package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import dev.yomu.testing.Cli.Result;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final String TEXT = "猫の記録\n\n今日は猫が庭で遊んでいた。私は窓から静かに観察した。\n";

    @TempDir
    Path home;
    @TempDir
    Path files;
    private Cli cli;
    private String articlesBefore;

    @BeforeEach
    void setUp() {
        cli = Cli.seeded(home);
        articlesBefore = cli.run("articles", "--json").out();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = files.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** One clear line on stderr, a non-zero status, and the database exactly as before. */
    private void assertRefused(Result r, int status, String expected) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.err().strip()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(cli.run("articles", "--json").out()).isEqualTo(articlesBefore);
    }

    @Test
    void missingPathIsRefused() {
        assertRefused(cli.run("import", files.resolve("nope.txt").toString()), 3, "no such file or folder");
    }

    @Test
    void folderWithoutTxtFilesIsRefused() throws Exception {
        write("notes.md", "# hi".getBytes(StandardCharsets.UTF_8));
        assertRefused(cli.run("import", files.toString()), 2, "no .txt files");
    }

    /** A folder such as the system's temporary folder holds unrelated things in its subfolders. */
    @Test
    void aFolderImportsItsOwnTextsAndOnlyRecursiveGoesIntoSubfolders() throws Exception {
        Path folder = Files.createDirectories(files.resolve("japanese"));
        Files.writeString(folder.resolve("cat.txt"), TEXT);
        Path deeper = Files.createDirectories(folder.resolve("anki-exports"));
        Files.writeString(deeper.resolve("dog.txt"), "犬の記録\n\n犬は公園で元気に走っていた。\n");
        Result r = cli.run("import", folder.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported #5 猫の記録").doesNotContain("犬");
        assertThat(cli.run("articles").out()).doesNotContain("犬の記録");
        Result deep = cli.run("import", folder.toString(), "--recursive");
        assertThat(deep.out()).contains("Already imported, unchanged: cat.txt").contains("Imported #6 犬の記録");
    }

    @Test
    void aFolderWhoseTextsAreAllInSubfoldersSaysHowToImportThem() throws Exception {
        Path folder = Files.createDirectories(files.resolve("by-month"));
        Files.writeString(Files.createDirectories(folder.resolve("2026-03")).resolve("cat.txt"), TEXT);
        assertRefused(cli.run("import", folder.toString()), 2, "its subfolders have 1. Add --recursive to import those.");
    }

    @Test
    void anAnkiExportIsRefusedAsNotAnArticle() throws Exception {
        Path deck = files.resolve("deck.txt");
        assertThat(cli.run("export", "anki", "--article", "2", "--out", deck.toString()).status()).isZero();
        assertRefused(cli.run("import", deck.toString()), 2, "deck.txt: an Anki export");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertRefused(cli.run("import", write("empty.txt", new byte[0]).toString()), 2, "empty.txt");
    }

    @Test
    void englishOnlyFileIsRefused() throws Exception {
        Path p = write("english.txt", "Just some English text.\nNothing Japanese here.\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(cli.run("import", p.toString()), 2, "english.txt");
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        assertRefused(cli.run("import", write("photo.txt", bytes).toString()), 2, "photo.txt");
    }

    @Test
    void aOneSentenceFileIsItsOwnTitleAndBody() throws Exception {
        Result r = cli.run("import", write("one.txt", "撤退の知らせが届いた。\n".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported #5 撤退の知らせが届いた。").contains("1 sentence,");
        assertThat(cli.run("words", "5").out()).contains("撤退").contains("知らせ").contains("届く");
    }

    /** A session recorded with script(1) in bash: colour codes, bracketed paste, BEL, readline's backspaces, a NUL. */
    @Test
    void aRealTerminalLogImportsAsTheScreenShowedIt() throws Exception {
        byte[] log;
        try (var in = getClass().getResourceAsStream("/import/terminal-session.log")) {
            log = in.readAllBytes();
        }
        assertThat(new String(log, StandardCharsets.UTF_8)).contains("\u001b[01;34m", "\u0007", "\b", "\u0000");
        Result r = cli.run("import", write("session.log", log).toString());
        assertThat(r.status()).as(r.err()).isZero();
        String text = cli.run("read", "5", "--plain", "--furigana", "none").out();
        assertThat(text).contains("撤退のお知らせが届いた。").doesNotContain("しお");
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    }

    @Test
    void realImagesArchivesAndJarsAreRefusedSayingWhatTheyAre() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path png = files.resolve("photo.txt");
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        assertRefused(cli.run("import", png.toString()), 2, "photo.txt: a PNG image, not a text file.");

        Path zip = files.resolve("notes.txt");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            out.write(TEXT.getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(cli.run("import", zip.toString()), 2, "notes.txt: a ZIP archive");

        Path jar = files.resolve("lib.txt");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), new java.util.jar.Manifest())) {
            out.putNextEntry(new java.util.zip.ZipEntry("dev/yomu/X.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61});
        }
        assertRefused(cli.run("import", jar.toString()), 2, "lib.txt: a ZIP archive (.zip, .jar");

        byte[] noise = new byte[8192];
        new java.util.Random(3).nextBytes(noise);
        assertRefused(cli.run("import", write("noise.txt", noise).toString()), 2, "noise.txt: not a text file (binary data)");
    }

    @Test
    void utf16WithoutBomGivesTheSameWordsAsUtf8() throws Exception {
        cli.run("import", write("utf8.txt", TEXT.getBytes(StandardCharsets.UTF_8)).toString());
        String expected = cli.run("words", "5", "--json").out();
        Cli other = Cli.seeded(files.resolve("utf16-home"));
        Result r = other.run("import", write("utf16.txt", TEXT.getBytes(StandardCharsets.UTF_16LE)).toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(other.run("words", "5", "--json").out()).isEqualTo(expected);
    }

    @Test
    void invalidBytesAreRefused() throws Exception {
        byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xFF;
        bad[good.length + 1] = (byte) 0xFE;
        bad[good.length + 2] = (byte) 0x80;
        assertRefused(cli.run("import", write("broken.txt", bad).toString()), 2, "broken.txt");
    }

    @Test
    void importsAndSummarises() throws Exception {
        Result r = cli.run("import", write("cat.txt", TEXT.getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported #5 猫の記録").contains("3 sentences").contains("study words");
    }

    @Test
    void sameTextTwiceIsImportedOnce() throws Exception {
        Path p = write("cat.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        cli.run("import", p.toString());
        Result again = cli.run("import", p.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("Already imported, unchanged");
        assertThat(cli.run("articles", "--json").out().split("\"id\"")).hasSize(6);
    }

    @Test
    void changedFileUpdatesItsArticle() throws Exception {
        Path p = write("cat.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        cli.run("import", p.toString());
        Files.writeString(p, TEXT + "猫は夕方に眠った。\n");
        Result r = cli.run("import", p.toString());
        assertThat(r.out()).contains("Updated #5").contains("4 sentences");
        assertThat(cli.run("articles", "--json").out().split("\"id\"")).hasSize(6);
    }

    @Test
    void wordFrequenciesStayEqualToTheirOccurrencesThroughImportsAndUpdates() throws Exception {
        Path p = write("cat.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        cli.run("import", p.toString());
        Files.writeString(p, "猫の記録\n\n猫は夕方に眠った。庭の猫は静かだった。\n");
        cli.run("import", p.toString());
        try (dev.yomu.store.Database db = dev.yomu.store.Database.open(home);
             java.sql.Statement st = db.connection().createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM word w WHERE w.freq <> "
                     + "(SELECT COALESCE(SUM(aw.count), 0) FROM article_word aw WHERE aw.word_id = w.id)")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void shiftJisEucJpAndUtf16GiveTheSameWords() throws Exception {
        cli.run("import", write("utf8.txt", TEXT.getBytes(StandardCharsets.UTF_8)).toString());
        String expected = cli.run("words", "5", "--json").out();
        for (String cs : new String[] {"Shift_JIS", "EUC-JP"}) {
            Cli other = Cli.seeded(files.resolve(cs + "-home"));
            Result r = other.run("import", write(cs + ".txt", TEXT.getBytes(Charset.forName(cs))).toString());
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(other.run("words", "5", "--json").out()).isEqualTo(expected);
        }
    }

    @Test
    void titleOptionNamesTheArticle() throws Exception {
        Result r = cli.run("import", write("cat.txt", TEXT.getBytes(StandardCharsets.UTF_8)).toString(), "--title", "ねこ");
        assertThat(r.out()).contains("#5 ねこ");
    }

    @Test
    void unknownAndAmbiguousArticlesAreClearErrors() {
        Result unknown = cli.run("words", "存在しない記事");
        assertThat(unknown.status()).isEqualTo(3);
        assertThat(unknown.err()).contains("No article matches").contains("yomu articles");
        Result ambiguous = cli.run("words", "nuclear");
        assertThat(ambiguous.status()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("matches").contains("articles");
    }
}
