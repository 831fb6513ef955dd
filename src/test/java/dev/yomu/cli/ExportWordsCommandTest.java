package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWordsCommandTest {
    @TempDir
    Path home;

    @Test
    void theStatusColumnSaysWhereEachWordStandsInStudy() {
        Cli cli = Cli.seeded(home);
        // three new cards: Again (learning), Easy (review), k (known); the others stay new
        cli.runWithInput("1\n4\nk\nq\n", "review", "--new", "3");

        String tsv = cli.run("export", "words", "--format", "tsv", "--out", "-").out();

        Map<String, Long> byStatus = Arrays.stream(tsv.split("\n")).skip(1).map(l -> l.split("\t")[3])
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(byStatus).containsEntry("learning", 1L).containsEntry("review", 1L).containsEntry("known", 1L)
                .containsKey("new").doesNotContainKey("unknown");
    }

    @Test
    void theFormatIsCsvOrTsvInAnyCaseAndAnythingElseIsOneLine() {
        Cli cli = Cli.seeded(home);
        assertThat(cli.run("export", "words", "--format", "TSV", "--out", "-").out())
                .isEqualTo(cli.run("export", "words", "--format", "tsv", "--out", "-").out()).contains("\t");
        Cli.Result bad = cli.run("export", "words", "--format", "xml", "--out", "-");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("yomu: --format must be csv or tsv, not 'xml'.");
    }
}
