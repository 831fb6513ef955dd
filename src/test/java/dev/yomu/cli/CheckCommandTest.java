package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code yomu check} finds damage and broken invariants in plain words; a file too damaged to open is moved aside. */
class CheckCommandTest {
    @TempDir Path home;

    @Test
    void aWholeDatabasePassesAndFlippedBytesInItsDataPagesAreFound() throws Exception {
        Cli cli = Cli.seeded(home);
        Path text = Files.writeString(home.resolve("cat.txt"), "猫の記録\n\n今日は猫が庭で遊んでいた。私は窓から静かに観察した。\n");
        assertThat(cli.run("import", text.toString()).status()).isZero();
        Cli.Result clean = cli.run("check");
        assertThat(clean.status()).as(clean.out()).isZero();
        assertThat(clean.out()).contains("Your data: 5 articles, ").contains("No problems found.");

        // A copy of this real database with bytes flipped across its data pages.
        Path copy = Files.createDirectories(home.resolve("copy"));
        Files.copy(home.resolve("yomu.mv.db"), copy.resolve("yomu.mv.db"));
        flipBytes(copy.resolve("yomu.mv.db"));

        Cli.Result damaged = new Cli(copy).run("check");

        assertThat(damaged.status()).isNotZero();
        String said = damaged.out() + damaged.err();
        assertThat(said).containsAnyOf("cannot be read whole: the database is damaged", "is damaged and cannot be opened")
                .doesNotContain("Exception").doesNotContain("0x");
        if (damaged.status() == 2) assertThat(damaged.out()).contains("Problems found:", "'yomu check --repair'");
    }

    @Test
    void aCardWhoseStateDisagreesWithItsLastAnswerIsReported() throws Exception {
        Cli cli = Cli.seeded(home);
        assertThat(cli.runWithInput("3\n3\nq\n", "review", "--new", "2").status()).isZero();
        try (Database db = Database.open(home); Statement st = db.connection().createStatement()) {
            st.executeUpdate("UPDATE card SET phase = 'NEW' WHERE word_id = (SELECT MIN(word_id) FROM review_log)");
            db.connection().commit();
        }

        Cli.Result r = cli.run("check");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).contains("  - 1 card(s) whose state differs from their last answer in the review history");
    }

    @Test
    void repairRestoresTheNewestGoodBackupAndKeepsTheDamagedDatabaseAside() throws Exception {
        Cli cli = Cli.seeded(home);
        assertThat(cli.runWithInput("3\n3\nq\n", "review", "--new", "2").status()).isZero();
        assertThat(cli.run("backup").status()).isZero();
        String phaseThen;
        try (Database db = Database.open(home); Statement st = db.connection().createStatement()) {
            var rs = st.executeQuery("SELECT phase FROM card WHERE word_id = (SELECT MIN(word_id) FROM review_log)");
            rs.next();
            phaseThen = rs.getString(1);
            st.executeUpdate("UPDATE card SET phase = 'NEW' WHERE word_id = (SELECT MIN(word_id) FROM review_log)");
            db.connection().commit();
        }

        Cli.Result r = cli.run("check", "--repair");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("  - 1 card(s) whose state differs", "Repaired by restoring the backup yomu-",
                "The damaged database is kept as " + home.resolve("yomu.mv.db.damaged-"));
        assertThat(cli.run("check").status()).isZero();
        try (Database db = Database.open(home); Statement st = db.connection().createStatement()) {
            var rs = st.executeQuery("SELECT phase FROM card WHERE word_id = (SELECT MIN(word_id) FROM review_log)");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(phaseThen).isNotEqualTo("NEW");
        }
    }

    @Test
    void aDatabaseTooDamagedToOpenIsMovedAsideAndTheNewestBackupCanBeRestored() throws Exception {
        Cli cli = new Cli(home);
        assertThat(cli.run("config", "new-per-day", "7").status()).isZero();
        assertThat(cli.run("backup").status()).isZero();
        Path file = home.resolve("yomu.mv.db");
        long size = Files.size(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) { // both copies of the file header
            for (long at : new long[] {10, 4096 + 10}) {
                f.seek(at);
                f.write(new byte[40]);
            }
        }

        Cli.Result r = cli.run("articles");

        assertThat(r.status()).isEqualTo(4);
        assertThat(r.err().strip()).startsWith("yomu: The Yomu database in " + home + " is damaged and cannot be opened;"
                + " Yomu moved it aside to yomu.mv.db.damaged-").endsWith("(nothing was deleted). 'yomu restore' lists your"
                + " backups; 'yomu restore 1' brings back the newest.");
        assertThat(file).doesNotExist();
        try (Stream<Path> s = Files.list(home)) {
            Path aside = s.filter(p -> p.getFileName().toString().startsWith("yomu.mv.db.damaged-")).findFirst().orElseThrow();
            assertThat(Files.size(aside)).isEqualTo(size);
        }
        assertThat(cli.run("restore", "1").status()).isZero();
        assertThat(cli.run("config", "new-per-day").out()).contains("new-per-day  7");
    }

    /** XORs 16 bytes at each tenth of the file (not its headers): pages of the dictionary, articles and cards. */
    private static void flipBytes(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long n = f.length();
            for (int tenth = 1; tenth <= 9; tenth++) {
                long at = n * tenth / 10;
                byte[] b = new byte[16];
                f.seek(at);
                f.readFully(b);
                for (int i = 0; i < b.length; i++) b[i] ^= (byte) 0xff;
                f.seek(at);
                f.write(b);
            }
        }
    }
}
