package dev.yomu.deck;

import dev.yomu.deck.WordListWriter.Entry;
import dev.yomu.deck.WordListWriter.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordListWriterTest {
    @TempDir
    Path dir;

    private static final List<Entry> ENTRIES = List.of(
            new Entry("認める", "みとめる", "to admit, \"accept\"", "known", 3),
            new Entry("同盟国", "どうめいこく", "ally\tnation\nstate", "learning", 1));

    @Test
    void csvFollowsRfc4180() {
        assertThat(new WordListWriter(Format.CSV).render(ENTRIES)).isEqualTo(
                "lemma,reading,gloss,status,count\r\n"
                        + "認める,みとめる,\"to admit, \"\"accept\"\"\",known,3\r\n"
                        + "同盟国,どうめいこく,\"ally\tnation\nstate\",learning,1\r\n");
    }

    @Test
    void tsvKeepsOneRowPerLine() {
        assertThat(new WordListWriter(Format.TSV).render(ENTRIES)).isEqualTo(
                "lemma\treading\tgloss\tstatus\tcount\n"
                        + "認める\tみとめる\tto admit, \"accept\"\tknown\t3\n"
                        + "同盟国\tどうめいこく\tally nation state\tlearning\t1\n");
    }

    @Test
    void writesTheFileAndPicksTheFormatFromItsName() throws IOException {
        Path file = dir.resolve("words.tsv");
        new WordListWriter(Format.forFile(file)).write(file, ENTRIES);
        assertThat(Files.readString(file)).startsWith("lemma\treading");
        assertThat(Format.forFile(Path.of("x.csv"))).isEqualTo(Format.CSV);
    }
}
