package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A known command builds only its own picocli model; help, version and anything unknown get the whole tree. */
class CommandTreeTest {
    private final AppContext ctx = new AppContext(Map.of(), Clock.systemUTC(), new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));

    private java.util.Set<String> built(String... args) {
        return YomuCommand.commandLine(ctx, args).getSubcommands().keySet();
    }

    @Test
    void aKnownCommandGetsOnlyItsOwnModel() {
        assertThat(built("review")).containsExactly("review");
        assertThat(built("--home", "review", "articles", "--json")).containsExactly("articles");
        assertThat(built("--home=/tmp/x", "--debug", "--now", "2026-01-01T00:00:00Z", "read", "1")).containsExactly("read");
    }

    @Test
    void noCommandBuildsNone() {
        assertThat(built()).isEmpty();
        assertThat(built("--home", "/tmp/x")).isEmpty();
    }

    @Test
    void helpVersionAndUnknownWordsGetTheWholeTree() {
        int all = YomuCommand.SUBCOMMANDS.size();
        assertThat(built("--help")).hasSize(all);
        assertThat(built("-V")).hasSize(all);
        assertThat(built("help", "review")).hasSize(all);
        assertThat(built("revieww")).hasSize(all);
        assertThat(built("--hme", "x")).hasSize(all);
    }
}
