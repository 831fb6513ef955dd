package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.VocabWord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A meaning question asks for the sense that fits the article, which the import put first. */
class VocabWordTest {

    @Test
    void theMeaningAskedIsTheFirstGlossOfTheFirstSense() {
        assertThat(new VocabWord(1, "ほぼ", "ほぼ", "adverb", "almost / childcare worker").gloss()).isEqualTo("almost");
        assertThat(new VocabWord(1, "対応", "たいおう", "suru-noun",
                "dealing with; coping with / correspondence (to); equivalence").gloss()).isEqualTo("dealing with");
        assertThat(new VocabWord(1, "左右", "さゆう", "suru-noun", "(asserting) control; influence / left and right").gloss())
                .isEqualTo("control");
    }
}
