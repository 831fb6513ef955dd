package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
        InputStream saved = System.in;
        // four new cards: Again (learning), Easy (review), k (known), one left new
        System.setIn(new ByteArrayInputStream("1\n4\nk\nq\n".getBytes(StandardCharsets.UTF_8)));
        try {
            cli.run("review", "--new", "3");
        } finally {
            System.setIn(saved);
        }

        String tsv = cli.run("export", "words", "--format", "tsv", "--out", "-").out();

        Map<String, Long> byStatus = Arrays.stream(tsv.split("\n")).skip(1).map(l -> l.split("\t")[3])
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(byStatus).containsEntry("learning", 1L).containsEntry("review", 1L).containsEntry("known", 1L)
                .containsKey("new").doesNotContainKey("unknown");
    }
}
