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
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        List<WordListWriter.Entry> hostile = List.of(
                new WordListWriter.Entry("=HYPERLINK(\"http://x\")", "+1+2", "@SUM(A1)", "-3", 1),
                new WordListWriter.Entry("猫", "ねこ", "\tcat", "\rnew", 2));

        assertThat(new WordListWriter(Format.CSV).render(hostile)).isEqualTo(
                "lemma,reading,gloss,status,count\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1+2\",\"'@SUM(A1)\",\"'-3\",1\r\n"
                        + "猫,ねこ,\"'\tcat\",\"'\rnew\",2\r\n");
        assertThat(new WordListWriter(Format.TSV).render(hostile)).isEqualTo(
                "lemma\treading\tgloss\tstatus\tcount\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\"\t\"'+1+2\"\t\"'@SUM(A1)\"\t\"'-3\"\t1\n"
                        + "猫\tねこ\t\"' cat\"\t\"' new\"\t2\n");
    }

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
