package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quiz.QuizSource.QuizSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventh independent judged sample (quiz/judged/independent-sample-7.tsv): its cloze failures were
 * plain noun blanks with a second noun of the article that fits (（海岸）に高い建物が並んだ with 都市,
 * LRTの（整備計画）を発表した with 路線, 説明会は（市役所）で行われ with 地域), so a noun is blanked only
 * where it is used as a verb, with the real tokenizer and bundled dictionary.
 */
class SeventhSampleTest {
    private static final List<String> FILLER = List.of("市長は新しい計画を発表した。", "記者は事実を調べた。", "会社は資金を集めた。",
            "住民は駅の建設に反対した。", "子どもが公園で遊ぶ。", "電車が駅に着いた。", "政府は予算を決めた。", "教授は歴史を研究した。",
            "町の人口が減った。", "店の客が増えた。", "会議で意見を述べた。", "学生は図書館で本を読んだ。");

    @Test
    void aPlainNounIsNotBlankedOnTheJudgedSentences() {
        assertThat(QuizTexts.clozes(QuizTexts.fixture("explainer-causes.txt"), "海岸")).isEmpty();
        QuizSource tram = QuizTexts.fixture("tram-explainer.txt");
        assertThat(QuizTexts.clozes(tram, "市役所")).isEmpty();
        assertThat(QuizTexts.clozes(QuizTexts.fixture("news-quotes.txt"), "整備計画")).isEmpty();
        for (Question q : QuizTexts.asked(tram, QuestionKind.CONTEXT))
            assertThat(q.answerText()).as(q.toString()).doesNotStartWith("市役所").doesNotStartWith("停留場");
    }

    @Test
    void aVerbalNounUsedWithSuruIsStillAsked() {
        QuizSource s = QuizTexts.withFiller(FILLER, "海岸に高い建物が並んだ。", "市は新しい駅舎の建設を承認した。",
                "県は古い橋を修理した。", "国は新しい道路を建設した。", "委員会は対応を決議した。", "市は港の倉庫を改修した。");
        List<Question> clozes = QuizTexts.asked(s, QuestionKind.CONTEXT);
        assertThat(clozes).isNotEmpty();
        for (Question q : clozes) assertThat(q.answerText()).as(q.toString()).isNotEqualTo("海岸").isNotEqualTo("建物");
        QuizSentence coast = s.sentences().get(0), approved = s.sentences().get(1);
        assertThat(ConjugatedBlank.usedAsVerb(coast.tokens(), indexOf(coast, "海岸"))).isFalse();
        assertThat(ConjugatedBlank.usedAsVerb(approved.tokens(), indexOf(approved, "承認"))).isTrue();
        assertThat(ConjugatedBlank.usedAsVerb(approved.tokens(), indexOf(approved, "建設"))).as("建設を: a noun here").isFalse();
    }

    private static int indexOf(QuizSentence s, String surface) {
        for (int i = 0; i < s.tokens().size(); i++) if (s.tokens().get(i).surface().equals(surface)) return i;
        throw new AssertionError(surface + " not in " + s.text());
    }
}
