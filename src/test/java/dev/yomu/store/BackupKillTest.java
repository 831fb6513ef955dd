package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import dev.yomu.testing.YomuProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a backup leaves the database and the earlier backups as they were. */
class BackupKillTest {
    @TempDir Path home;

    @Test
    void killNineDuringABackupLeavesTheDatabaseAndEarlierBackupsIntact() throws Exception {
        // Backups hold the learner's data, not the dictionary: a collection big enough to be caught
        // half-written (a backup of about 5 MB, seconds of writing). Most of it is article text, as a
        // learner's long imported articles give, which is quick to generate; the cards and answers
        // are fewer than a collection of years (30,000 cards and 400,000 answers took 60–300 s of H2
        // inserts here, the slowest part of the whole test suite) but fill every table a backup copies.
        // The data is generated and closed before any command runs. Generating it after an in-process
        // `config` command made the next open report H2's "file corrupted" in 2 runs of 3 (not yet
        // explained; a fresh process and the same steps without that command open it fine).
        try (Database db = Database.open(home)) {
            BenchData.generate(db, 10_000, 10_000, java.time.Instant.parse("2026-03-01T00:00:00Z"));
        }
        try (Database db = Database.open(home)) {
            addLongArticle(db, 3_000, 1_000);
        }
        Cli cli = new Cli(home);
        assertThat(cli.run("config", "backup-days", "0").status()).isZero();
        Cli.Result first = cli.run("backup");
        assertThat(first.status()).as(first.err()).isZero();
        Path earlier = only(home.resolve("backups"));
        String earlierHash = sha256(earlier);
        Backups.Contents before = contentsNow();

        try (YomuProcess p = new YomuProcess(home, "2026-03-02T01:00:00Z", "backup")) {
            Path partial = awaitPartialBackup(home.resolve("backups"), 120);
            p.kill();
            assertThat(Files.size(partial)).isPositive(); // it was killed with the backup half-written
        }

        assertThat(contentsNow()).isEqualTo(before);
        assertThat(sha256(earlier)).isEqualTo(earlierHash);
        assertThat(new Backups(home, java.time.Clock.systemUTC()).list()).extracting(Backups.Backup::file).containsExactly(earlier);
        // The next backup clears the half-written file away.
        assertThat(cli.run("backup").status()).isZero();
        try (Stream<Path> s = Files.list(home.resolve("backups"))) {
            assertThat(s.map(f -> f.getFileName().toString())).hasSize(2).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** An imported article of {@code sentences} sentences of {@code chars} varied kana each (seeded, so every run is alike). */
    private static void addLongArticle(Database db, int sentences, int chars) {
        java.util.Random random = new java.util.Random(16);
        db.transaction(c -> {
            ArticleStore store = new ArticleStore(db);
            long id = store.insert(c, "長い記事", "test:long", "long-article", "UTF-8", sentences * chars,
                    java.time.Instant.parse("2026-02-01T00:00:00Z"));
            List<ArticleStore.NewSentence> rows = new java.util.ArrayList<>(sentences);
            for (int i = 0; i < sentences; i++) {
                StringBuilder text = new StringBuilder(chars);
                for (int k = 0; k < chars - 1; k++) text.append((char) ('ぁ' + random.nextInt(83)));
                rows.add(new ArticleStore.NewSentence(i, dev.yomu.text.BlockKind.PARAGRAPH, text.append('。').toString(),
                        List.of(), new long[] {1 + i % 10_000}));
            }
            store.insertSentences(c, id, rows);
            return null;
        });
    }

    private Backups.Contents contentsNow() {
        try (Database db = Database.open(home)) {
            return db.read(Backups::count);
        }
    }

    private static Path awaitPartialBackup(Path folder, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            try (Stream<Path> s = Files.list(folder)) {
                Optional<Path> tmp = s.filter(f -> f.getFileName().toString().endsWith(".tmp")).findFirst();
                if (tmp.isPresent() && Files.exists(tmp.get()) && Files.size(tmp.get()) > 1_000_000) return tmp.get();
            } catch (java.nio.file.NoSuchFileException vanished) {
                // the temporary file is deleted and made again by H2: look again
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no backup was being written within " + seconds + "s");
    }

    private static Path only(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> all = s.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
