package dev.yomu.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.dict.TestDictionaries;
import dev.yomu.text.BlockKind;
import org.junit.jupiter.api.Test;

/**
 * A number the reading resolver has read with its counter is whole: the compound pass must not cut a
 * second counter out of the word after it (review finding on 3歳年上, 14日月曜).
 */
class CountedNumbersInContextTest {
    private static final Analyzer ANALYZER = new Analyzer(TestDictionaries.bundled());

    private static AnalyzedSentence analyse(String sentence) {
        return ANALYZER.analyze(0, BlockKind.PARAGRAPH, sentence);
    }

    @Test
    void theWordAfterACountedNumberStaysWhole() {
        assertThat(analyse("3歳年上の兄がいる。").words()).extracting(AnalyzedWord::lemma).contains("年上");
        assertThat(analyse("14日月曜に会議がある。").tokens()).extracting(t -> t.surface())
                .contains("14日").doesNotContain("月");
    }

    @Test
    void aBareNumberStillTakesItsCounterFromTheNoun() {
        // IPADIC reads 月末 as one noun; 8 + 月 + 末 is what a learner reads (はちがつまつ)
        assertThat(analyse("撤退期限の8月末より早く出発した。").tokens()).extracting(t -> t.surface())
                .contains("8月", "末").doesNotContain("月末");
    }
}
