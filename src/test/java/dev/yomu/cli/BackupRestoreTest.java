package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.store.Backups;
import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import dev.yomu.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups are made when they should be, never break a command, and restore gives back exactly what they hold. */
class BackupRestoreTest {
    @TempDir Path home;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @Test
    void restoreOfABackupGivesBackExactlyItsCardsAndLogs() throws Exception {
        Cli cli = Cli.seeded(home).clock(clock);
        assertThat(cli.runWithInput("3\n1\n3\n4\nq\n", "review", "--new", "4").status()).isZero();
        List<String> cardsThen = rows("SELECT * FROM card ORDER BY word_id"), logsThen = rows("SELECT * FROM review_log ORDER BY id");
        assertThat(logsThen).hasSizeGreaterThanOrEqualTo(4);

        Cli.Result backup = cli.run("backup");
        assertThat(backup.status()).isZero();
        assertThat(backup.out()).contains("Backed up 4 articles, ", " and " + logsThen.size() + " reviews to " + home.resolve("backups"));

        clock.advance(Duration.ofDays(2));
        assertThat(cli.runWithInput("1\n1\n1\nq\n", "review", "--new", "3").status()).isZero();
        assertThat(cli.run("articles", "delete", "2", "--yes").status()).isZero();
        assertThat(rows("SELECT * FROM review_log ORDER BY id")).isNotEqualTo(logsThen);

        Cli.Result list = cli.run("restore");
        assertThat(list.out()).contains("2026-03-01 10:00  manual").contains("before-delete");
        Path manual = backupFiles().stream().filter(p -> p.toString().endsWith("-manual.zip")).findFirst().orElseThrow();

        Cli.Result restored = cli.run("restore", manual.getFileName().toString());

        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored " + manual.getFileName() + ": 4 articles, ", logsThen.size() + " reviews")
                .contains("Your data as it was before is kept in " + home.resolve("backups"));
        assertThat(rows("SELECT * FROM card ORDER BY word_id")).isEqualTo(cardsThen);
        assertThat(rows("SELECT * FROM review_log ORDER BY id")).isEqualTo(logsThen);
        assertThat(backupFiles()).anyMatch(p -> p.toString().endsWith("-before-restore.zip"));
        assertThat(home.resolve("restoring")).doesNotExist();
        // The dictionary is a file of its own, not in the database: a restore has nothing to say about it.
        assertThat(restored.out()).doesNotContain("dictionary");
    }

    @Test
    void aBackupHoldsTheLearnersTablesAndNoDictionary() throws Exception {
        Cli cli = Cli.seeded(home).clock(clock);
        assertThat(cli.runWithInput("3\n1\nq\n", "review", "--new", "2").status()).isZero();

        assertThat(cli.run("backup").status()).isZero();

        Path backup = backupFiles().get(0);
        String script;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).containsExactly("script.sql");
            script = new String(zip.getInputStream(zip.getEntry("script.sql")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(script).doesNotContain("\"DICT_ENTRY\"", "\"DICT_FORM\"", "\"DICT_FORM_SET\"");
        for (String table : List.of("SETTING", "ARTICLE", "SENTENCE_BLOCK", "WORD", "ARTICLE_WORD", "CARD", "REVIEW_LOG", "SCHEMA_VERSION"))
            assertThat(script).contains("INSERT INTO \"PUBLIC\".\"" + table + "\"");
    }

    @Test
    void aRestoreKeepsTheImportedDictionary() throws Exception {
        Cli cli = Cli.seeded(home).clock(clock);
        assertThat(cli.run("backup").status()).isZero();
        Path edict = home.resolve("tiny.edict");
        Files.write(edict, "猫 [ねこ] /(n) small domesticated feline/\n".getBytes(java.nio.charset.Charset.forName("EUC-JP")));
        assertThat(cli.run("dict", "import", edict.toString(), "--yes", "--force").status()).isZero();

        Cli.Result r = cli.run("restore", "1");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("dictionary");
        assertThat(cli.run("dict", "lookup", "猫").out()).contains("feline");
    }

    @Test
    void aBackupOfTheEarlierWholeFileFormatStillRestores() throws Exception {
        Cli cli = fresh();
        assertThat(cli.run("config", "new-per-day", "7").status()).isZero();
        // What the earlier version wrote: H2's BACKUP TO (the database file zipped) with the same comment.
        Files.createDirectories(home.resolve("backups"));
        Path old = home.resolve("backups/yomu-2026-02-01-090000-daily.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(old))) {
            zip.setComment("Yomu backup; schema " + dev.yomu.store.Migrations.latestVersion() + "; 0 articles; 0 cards; 0 reviews");
            zip.putNextEntry(new java.util.zip.ZipEntry("yomu.mv.db"));
            Files.copy(home.resolve("yomu.mv.db"), zip);
            zip.closeEntry();
        }
        assertThat(cli.run("config", "new-per-day", "12").status()).isZero();

        Cli.Result r = cli.run("restore", old.getFileName().toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("dictionary");
        assertThat(cli.run("config", "new-per-day").out()).contains("new-per-day  7");
    }

    @Test
    void aFileThatIsNotAYomuBackupIsRefusedInOneLine() throws Exception {
        Cli cli = Cli.seeded(home).clock(clock);
        Path text = Files.writeString(home.resolve("notes.zip"), "not a zip at all");

        Cli.Result r = cli.run("restore", text.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("yomu: " + text + " is not a Yomu backup (made by 'yomu backup' or automatically);"
                + " nothing was changed.");
        assertThat(cli.run("articles").out()).contains("対ソ干渉戦争");
    }

    @Test
    void aScheduledBackupThatCannotBeWrittenSaysOneLineAndTheCommandSucceeds() throws Exception {
        Cli cli = fresh();
        Files.writeString(home.resolve("backups"), "a file where the folder should be");

        Cli.Result r = cli.run("articles");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("No articles yet");
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("yomu: no backup today: Cannot write a backup to");
    }

    @Test
    void aBackupBeforeAnImportThatCannotBeWrittenStopsTheImportWithExit4() throws Exception {
        Cli cli = fresh();
        Path words = Files.writeString(home.resolve("known.txt"), "戦争\n");
        Files.writeString(home.resolve("backups"), "a file where the folder should be");

        Cli.Result r = cli.run("known", "import", words.toString());

        assertThat(r.status()).isEqualTo(4);
        assertThat(r.err()).startsWith("yomu: Cannot write a backup to").contains("Nothing was changed: the known-word import starts only after a backup.");
        assertThat(home.resolve("backups")).isRegularFile();
    }

    @Test
    void theDailyBackupIsMadeOnceADayAtTheEndOfACommand() throws Exception {
        Cli cli = fresh();
        assertThat(backupFiles()).isEmpty(); // a database made by this very command holds nothing yet

        cli.run("articles");
        assertThat(backupFiles()).singleElement().asString().endsWith("-daily.zip");
        cli.run("articles");
        assertThat(backupFiles()).hasSize(1);
        clock.advance(Duration.ofDays(1));
        cli.run("articles");
        assertThat(backupFiles()).hasSize(2);
    }

    /** A data folder of its own, without the dictionary: its backups take a moment, not seconds. */
    private Cli fresh() {
        Cli cli = new Cli(home).clock(clock);
        assertThat(cli.run("articles").status()).isZero();
        return cli;
    }

    private List<Path> backupFiles() throws Exception {
        if (!Files.isDirectory(home.resolve("backups"))) return List.of();
        try (Stream<Path> s = Files.list(home.resolve("backups"))) {
            return s.sorted().toList();
        }
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Database db = Database.open(home); Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) row.append(rs.getString(i)).append('|');
                out.add(row.toString());
            }
        }
        return out;
    }
}
