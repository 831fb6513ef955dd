package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What plain {@code yomu} suggests next. */
class StatusViewTest {
    @TempDir
    Path home;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void suggestsTheArticleTheLearnerWorkedOnLast() {
        Cli cli = Cli.seeded(home);
        assertThat(cli.run().out()).contains("yomu read 1 ", "yomu quiz 1 ");

        cli.clock(at("2026-03-01T02:00:00Z")).runWithInput("q\n", "quiz", "3", "-n", "2", "--seed", "1");
        assertThat(cli.run().out()).contains("yomu read 3 ", "read article 3", "yomu quiz 3 ")
                .doesNotContain("yomu read 1 ");
        cli.clock(at("2026-03-01T03:00:00Z")).runWithInput("q\n", "review", "--article", "2");
        assertThat(cli.run().out()).contains("yomu words 2 ", "yomu quiz 2 ");
    }
}
