package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quiz.QuizSource.VocabWord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ninth independent judged sample (quiz/judged/independent-sample-9.tsv): 「ロシアが西側の【関与】を
 * 思いとどまらせる」 asked 関与 'participation' with 干渉's 'interference' among the wrong meanings, and the
 * West's interference is what Russia wants to deter just as well. Meaning and reverse questions now keep
 * words of one semantic field (cloze-fields.tsv, as cloze distractors do) apart.
 */
class NinthSampleTest {
    static final QuizSource SOURCE = QuizTexts.withFiller(QuizTexts.FILLER,
            "ロシアが西側の関与を思いとどまらせるほど必死になっている。",
            "列強はロシアの内戦に干渉した。",
            "政府は新しい兵器の使用を禁止した。",
            "大使は両国の協力を強調した。",
            "記者はその事件の真相を報道した。");

    static String lemmaOf(String gloss) {
        return SOURCE.words().stream().filter(w -> w.gloss().equals(gloss)).map(VocabWord::lemma).findFirst().orElse("");
    }

    @Test
    void aMeaningIsNotAskedBesideAWordOfItsField() {
        List<Question> meaning = QuizTexts.asked(SOURCE, QuestionKind.MEANING).stream().filter(q -> q.prompt().startsWith("【関与】")).toList();
        List<Question> reverse = QuizTexts.asked(SOURCE, QuestionKind.REVERSE).stream().filter(q -> q.answerText().equals("関与")).toList();
        assertThat(meaning.size() + reverse.size()).as("関与 is still asked").isPositive();
        for (Question q : meaning) assertThat(q.choices()).as(q.toString()).noneMatch(c -> lemmaOf(c).equals("干渉"));
        for (Question q : reverse) assertThat(q.choices()).as(q.toString()).doesNotContain("干渉");
    }

    @Test
    void involvementAndInterferenceAreOneField() {
        VocabWord involvement = SOURCE.words().stream().filter(w -> w.lemma().equals("関与")).findFirst().orElseThrow();
        VocabWord interference = SOURCE.words().stream().filter(w -> w.lemma().equals("干渉")).findFirst().orElseThrow();
        assertThat(GlossSynonyms.sameField(involvement.glosses(), interference.glosses())).isTrue();
    }
}
