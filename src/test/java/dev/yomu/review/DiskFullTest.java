package dev.yomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, simulated with a file-size limit on a real process: the import that does not fit
 * says so in one line with exit 4, and nothing stored before is lost.
 */
class DiskFullTest {
    @TempDir Path home;

    @Test
    void anImportThatDoesNotFitIsExitFourAndLosesNothing() throws Exception {
        Cli cli = Cli.seeded(home);
        String before = cli.run("articles").out();
        Path big = home.resolve("big.txt");
        StringBuilder text = new StringBuilder("長い記録\n\n");
        for (int i = 0; i < 20_000; i++) text.append("猫が庭で").append(i + 1).append("回も遊んでいた。\n\n");
        Files.writeString(big, text);
        // compacted first, so the import cannot fit into free pages of the file: the file must grow
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + home.resolve("yomu"), "yomu", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        long limitKb = Files.size(home.resolve("yomu.mv.db")) / 1024 + 1; // and may not

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("bash", "-c", "ulimit -f " + limitKb + " && exec \"$0\" \"$@\"", java,
                "-cp", System.getProperty("java.class.path"), "dev.yomu.Main", "--home", home.toString(),
                "import", big.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();

        assertThat(status).as(out).isEqualTo(4);
        assertThat(out).contains("the disk is full").contains("everything stored before this is kept")
                .doesNotContain("Exception");
        assertThat(cli.run("articles").out()).isEqualTo(before);
        assertThat(cli.runWithInput("q\n", "review", "--new", "1").status()).isZero();
    }
}
