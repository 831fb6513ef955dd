package dev.yomu.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reader reads back what the writers write: the quoting is shared, so it cannot drift apart. */
class DelimitedTextTest {
    private static final List<String> AWKWARD = List.of("a,b", "say \"hi\"", "two\nlines", "#tag", "\"quoted\"", "plain", "");

    @Test
    void aRecordOfAwkwardCellsReadsBackCellForCell() {
        for (char delimiter : new char[] {',', '\t'}) {
            StringBuilder sb = new StringBuilder();
            DelimitedText.appendRecord(sb, AWKWARD.stream().map(DelimitedText::quoted).toList(), delimiter, "\r\n");
            DelimitedText.appendRecord(sb, List.of("x", "y"), delimiter, "\n");
            assertThat(DelimitedText.records(sb.toString(), delimiter)).containsExactly(AWKWARD, List.of("x", "y"));
        }
    }

    @Test
    void aCsvWordListReadsBackWithItsFormulasDefused() {
        String csv = new WordListWriter(WordListWriter.Format.CSV).render(List.of(
                new WordListWriter.Entry("#猫", "ねこ", "cat, \"neko\"\nsecond line", "known", 3),
                new WordListWriter.Entry("犬", "いぬ", "=HYPERLINK(\"x\")", "new", 0)));

        assertThat(DelimitedText.records(csv, ',')).containsExactly(WordListWriter.HEADER,
                List.of("#猫", "ねこ", "cat, \"neko\"\nsecond line", "known", "3"),
                List.of("犬", "いぬ", "'=HYPERLINK(\"x\")", "new", "0"));
    }

    @Test
    void aTsvWordListReadsBackOneRowPerLine() {
        String tsv = new WordListWriter(WordListWriter.Format.TSV).render(List.of(
                new WordListWriter.Entry("\"引用\"", "いんよう", "quote\tmark", "new", 1)));

        assertThat(DelimitedText.records(tsv, '\t')).containsExactly(WordListWriter.HEADER,
                List.of("\"引用\"", "いんよう", "quote mark", "new", "1"));
    }
}
