package dev.yomu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.yomu.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real small file system (tmpfs) under the data folder, where the machine lets the tests mount
 * one (root in a container, as CI runs here); skipped elsewhere. Two cases a learner meets: a
 * disk too full for an import, and a folder that became read-only between two answers.
 */
class SmallDiskTest {
    @TempDir Path scratch;
    private Path mount;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        // a seeded database, compacted, on a disk with 40 MB to spare: room to work, not for a big import
        Path seeded = scratch.resolve("seeded");
        Cli.seeded(seeded);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + seeded.resolve("yomu"), "yomu", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        long mb = Files.size(seeded.resolve("yomu.mv.db")) / (1024 * 1024) + 40;
        mount = scratch.resolve("disk");
        Files.createDirectories(mount);
        mounted = run("mount", "-t", "tmpfs", "-o", "size=" + mb + "m", "tmpfs", mount.toString()) == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root)");
        Files.createDirectories(mount.resolve("home"));
        Files.copy(seeded.resolve("yomu.mv.db"), mount.resolve("home").resolve("yomu.mv.db"));
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) run("umount", "-l", mount.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
        } catch (IOException noSuchCommand) {
            return -1;
        }
    }

    private Cli seededOnSmallDisk() {
        return new Cli(mount.resolve("home"));
    }

    @Test
    void anImportTooBigForTheDiskIsRefusedBeforeItStarts() throws Exception {
        Cli cli = seededOnSmallDisk();
        String before = cli.run("articles").out();
        long free = Files.getFileStore(mount).getUsableSpace();
        Path big = scratch.resolve("big.txt"); // outside the small disk: only the database needs room there
        StringBuilder text = new StringBuilder("長い記録\n\n");
        while (text.length() * 3L < free / 8) text.append("猫が庭で何回も遊んでいた。\n\n");
        Files.writeString(big, text);

        Cli.Result r = cli.run("import", big.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(4);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("Not enough free space for importing big.txt").contains(mount.toString())
                .contains("nothing was changed");
        assertThat(cli.run("articles").out()).isEqualTo(before);
    }

    @Test
    void aFolderThatTurnsReadOnlyMidReviewIsExitFourAndKeepsTheAnswersBefore() throws Exception {
        Cli cli = seededOnSmallDisk();
        Cli.Result first = cli.runWithInput("3\nq\n", "review", "--new", "1");
        assertThat(first.status()).as(first.err()).isZero();
        String stats = cli.run("stats").out();

        assertThat(run("mount", "-o", "remount,ro", mount.toString())).isZero();
        Cli.Result r = cli.runWithInput("3\n3\nq\n", "review", "--new", "2");
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(4);
        assertThat(r.err()).contains("read-only").contains("everything stored before this is kept")
                .doesNotContain("Exception").doesNotContain("SQL");

        assertThat(run("mount", "-o", "remount,rw", mount.toString())).isZero();
        assertThat(cli.run("stats").out()).isEqualTo(stats);
    }
}
