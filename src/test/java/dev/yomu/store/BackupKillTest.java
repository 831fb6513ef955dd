package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import dev.yomu.testing.YomuProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a backup leaves the database and the earlier backups as they were. */
class BackupKillTest {
    @TempDir Path home;

    @Test
    void killNineDuringABackupLeavesTheDatabaseAndEarlierBackupsIntact() throws Exception {
        // A collection that fills every table a backup copies, with one long article so the script is
        // bigger than the buffers between it and the file (64 KB and the deflater's): the temporary
        // file the kill leaves behind holds most of the backup, not nothing. The data is generated and
        // closed before any command runs. Generating it after an in-process `config` command made the
        // next open report H2's "file corrupted" in 2 runs of 3 (not yet explained; a fresh process and
        // the same steps without that command open it fine).
        try (Database db = Database.open(home)) {
            BenchData.generate(db, 1_000, 1_000, java.time.Instant.parse("2026-03-01T00:00:00Z"));
        }
        try (Database db = Database.open(home)) {
            addLongArticle(db, 1_000, 1_000);
        }
        Cli cli = new Cli(home);
        assertThat(cli.run("config", "backup-days", "0").status()).isZero();
        Cli.Result first = cli.run("backup");
        assertThat(first.status()).as(first.err()).isZero();
        Path earlier = only(home.resolve("backups"));
        String earlierHash = sha256(earlier);
        Backups.Contents before = contentsNow();

        // The backup stops after its script is in the temporary file and before the zip is finished.
        try (YomuProcess p = YomuProcess.pausedAt("backup-half-written", home, "2026-03-02T01:00:00Z", "backup")) {
            p.awaitPause(120);
            Path partial = partialBackup(home.resolve("backups"));
            p.kill();
            assertThat(Files.size(partial)).isPositive(); // it was killed with the backup half-written
            assertThat(Backups.contents(partial)).isEmpty(); // and what it wrote is not a backup
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

    /** The backup's own temporary file (AtomicFiles names it after the zip), not H2's script part. */
    private static Path partialBackup(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> tmp = s.filter(f -> f.getFileName().toString().matches("\\.yomu-.*\\.zip\\..*\\.tmp")).toList();
            assertThat(tmp).hasSize(1);
            return tmp.get(0);
        }
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
