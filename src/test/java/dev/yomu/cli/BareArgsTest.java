package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bare {@code yomu} skips picocli, and nothing the learner sees tells the two ways apart. */
class BareArgsTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheRootOptionsEachOnceAreBare() {
        assertThat(BareArgs.of()).isNotNull();
        assertThat(BareArgs.of("--home", "/tmp/x", "--now", "2026-01-01T00:00:00Z", "--debug")).isNotNull();
        assertThat(BareArgs.of("--home=/tmp/x", "--now=yesterday")).isNotNull();

        assertThat(BareArgs.of("articles")).isNull();
        assertThat(BareArgs.of("--home", "/tmp/x", "review")).isNull();
        assertThat(BareArgs.of("--help")).isNull();
        assertThat(BareArgs.of("-V")).isNull();
        assertThat(BareArgs.of("--home")).isNull();
        assertThat(BareArgs.of("--home", "/tmp/x", "--home", "/tmp/y")).isNull();
        assertThat(BareArgs.of("--debug", "--debug")).isNull();
        assertThat(BareArgs.of("--debug=true")).isNull();
        assertThat(BareArgs.of("--home", "")).isNull();
        assertThat(BareArgs.of("--home", "--debug")).isNull();
        assertThat(BareArgs.of("--home", "@args.txt")).isNull();
        assertThat(BareArgs.of("--hme", "x")).isNull();
        assertThat(BareArgs.of("--", "--home", "x")).isNull();
    }

    @Test
    void theStatusScreenAndItsErrorsAreThoseOfPicocli() throws Exception {
        Path home = Cli.seeded(dir.resolve("home")).home();
        String h = home.toString();
        String underAFile = Files.writeString(dir.resolve("a-file"), "").resolve("home").toString();
        for (String[] args : new String[][] {
                {"--home", h}, {"--home=" + h, "--now", "2026-03-05T09:00:00Z"}, {"--now=2026-03-05T09:00:00Z", "--home", h},
                {"--home", h, "--now", "yesterday"}, {"--home", underAFile}}) {
            Outcome bare = outcome(YomuCommand::run, Map.of(), args);
            Outcome parsed = outcome(YomuCommand::runParsed, Map.of(), args);
            assertThat(bare).as(String.join(" ", args)).isEqualTo(parsed);
            assertThat(bare.status() == 0 ? bare.out() : bare.err()).as(String.join(" ", args)).isNotBlank();
        }
        Outcome bare = outcome(YomuCommand::run, Map.of("YOMU_NOW", "soon"), "--home", h);
        assertThat(bare).isEqualTo(outcome(YomuCommand::runParsed, Map.of("YOMU_NOW", "soon"), "--home", h));
        assertThat(bare.status()).isEqualTo(2);
        assertThat(bare.err()).contains("YOMU_NOW must be an ISO-8601 instant");
    }

    private record Outcome(int status, String out, String err) {}

    private static Outcome outcome(BiFunction<AppContext, String[], Integer> runner, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status;
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        try (AppContext ctx = new AppContext(env, clock, new PrintWriter(out, true), new PrintWriter(err, true))) {
            status = runner.apply(ctx, args);
        }
        return new Outcome(status, out.toString(), err.toString());
    }
}
