package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in the global options get one plain line and the right exit status, and leave no debris. */
class StartupErrorsTest {
    @TempDir Path dir;

    @Test
    void aBadNowSaysWhatItWantsWithoutJavaReflectionText() {
        Cli.Result r = new Cli(dir.resolve("home")).run("--now", "yesterday", "articles");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(
                "yomu: --now/YOMU_NOW must be an ISO-8601 instant like 2026-01-31T08:00:00Z, not 'yesterday'.");
    }

    @Test
    void aHomeThatIsAFileIsNamedAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("hostname"), "box\n");

        Cli.Result r = new Cli(file).run("articles");

        assertThat(r.status()).isEqualTo(4);
        assertThat(r.err().strip()).isEqualTo("yomu: The data folder " + file
                + " is a file, not a folder. Choose a folder with --home or YOMU_HOME.");
    }

    @Test
    void aHomeUnderAFileSaysWhichPathIsInTheWay() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x\n");

        Cli.Result r = new Cli(file.resolve("yomu")).run("articles");

        assertThat(r.status()).isEqualTo(4);
        assertThat(r.err()).contains(file + " is a file, not a folder").doesNotContain("Exception");
    }

    @Test
    void anEmptiedOrCutShortDatabaseIsNeverSilentlyReplaced() throws Exception {
        Path home = dir.resolve("home");
        Cli cli = new Cli(home);
        assertThat(cli.run("articles").status()).isZero();
        Path file = home.resolve("yomu.mv.db");

        Files.write(file, new byte[0]);
        Cli.Result emptied = cli.run("articles");
        assertThat(emptied.status()).isEqualTo(4);
        assertThat(emptied.err()).contains("is empty: it was damaged").doesNotContain("Exception");
        assertThat(file).isEmptyFile(); // left as it was, not made into a new database

        Files.write(file, new byte[5000]);
        Cli.Result cut = cli.run("articles");
        assertThat(cut.status()).isEqualTo(4);
        assertThat(cut.err()).containsAnyOf("cannot be read", "is damaged").contains("left it as it is").doesNotContain("IO Exception");
        assertThat(Files.size(file)).isEqualTo(5000);
    }
}
