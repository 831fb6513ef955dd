package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
    @TempDir
    Path home;

    private Cli.Result withInput(Cli cli, String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void newGivesThatManyNewCardsThisSessionEvenAfterEarlierSessionsToday() {
        Cli cli = Cli.seeded(home);
        cli.run("config", "new-per-day", "2");
        assertThat(withInput(cli, "4\n4\nq\n", "review").out()).contains("── new 2 ·", "Reviewed 2 cards");

        Cli.Result daily = withInput(cli, "q\n", "review");
        assertThat(daily.out()).contains("Nothing to review right now");

        Cli.Result asked = withInput(cli, "q\n", "review", "--new", "3");
        assertThat(asked.out()).contains("── new 3 ·");
    }
}
