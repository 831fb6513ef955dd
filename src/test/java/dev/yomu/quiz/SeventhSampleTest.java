package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quiz.QuizSource.QuizSentence;
import dev.yomu.text.Kana;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seventh independent judged sample (quiz/judged/independent-sample-7.tsv): its cloze failures were
 * plain noun blanks with a second noun of the article that fits (（海岸）に高い建物が並んだ with 都市,
 * LRTの（整備計画）を発表した with 路線, 説明会は（市役所）で行われ with 地域), so a noun is blanked only
 * where it is used as a verb, with the real tokenizer and bundled dictionary.
 */
class SeventhSampleTest {
    private static final List<String> FILLER = QuizTexts.FILLER;

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
        assertThat(ConjugatedBlank.usedAsVerb(coast.tokens(), QuizTexts.indexOf(coast, "海岸"))).isFalse();
        assertThat(ConjugatedBlank.usedAsVerb(approved.tokens(), QuizTexts.indexOf(approved, "承認"))).isTrue();
        assertThat(ConjugatedBlank.usedAsVerb(approved.tokens(), QuizTexts.indexOf(approved, "建設"))).as("建設を: a noun here").isFalse();
    }

    @Test
    void aReadingIsAskedOfTheWordAsTheSentencePrintsIt() {
        // 「【働く】の読み方」 over the sentence's 【働き】やすい, choices in the dictionary form (seventh sample)
        assertThat(VocabQuestions.asPrinted("はたらく", "働く", "働き")).contains("はたらき");
        assertThat(VocabQuestions.asPrinted("はだらく", "働く", "働き")).contains("はだらき");
        assertThat(VocabQuestions.asPrinted("はたらく", "働く", "働く")).contains("はたらく");
        assertThat(VocabQuestions.asPrinted("くる", "来る", "来")).isEmpty();
        // every reading question of the fixture articles marks in its sentence the very word it asks about
        int inflected = 0;
        for (String article : List.of("tram-explainer.txt", "explainer-causes.txt", "history-dates.txt", "news-quotes.txt"))
            for (Question q : QuizTexts.asked(QuizTexts.fixture(article), QuestionKind.READING)) {
                String asked = q.prompt().substring(q.prompt().indexOf('【') + 1, q.prompt().indexOf('】'));
                String sentence = q.prompt().substring(q.prompt().indexOf('\n') + 1);
                assertThat(sentence).as(q.toString()).contains("【" + asked + "】");
                if (!Kana.isAllKana(asked.substring(asked.length() - 1))) continue;
                inflected++;
                assertThat(q.answerText()).as(q.toString()).endsWith(asked.substring(asked.length() - 1));
            }
        System.out.println("reading questions on an inflected or kana-ending form: " + inflected);
    }

    @Test
    void verbsOfSayingAreNoDistractorsAfterAClauseAndNoVerbOfRegardIsBlankedAfterToshite() {
        // 避けられないと（明かした） with 示した; 「…」と（明かして） with 知らして; 取り組みとして（注目）している with 期待
        QuizSource s = QuizTexts.withFiller(FILLER, "社長は、路線の再編は避けられないと明かした。", "市は新しい計画を示した。",
                "会社は客に運賃の値上げを知らせた。", "国は町の取り組みを先進的な例として注目している。", "住民は新しい駅に期待している。",
                "市長は事故の原因を説明した。", "教授は問題を指摘した。");
        for (Question q : QuizTexts.clozes(s, "明かした"))
            assertThat(q.choices()).as(q.toString()).doesNotContain("示した", "知らせた", "説明した", "指摘した");
        assertThat(QuizTexts.clozes(s, "注目")).isEmpty();
        QuizSentence quoted = s.sentences().get(0), regarded = s.sentences().get(3);
        assertThat(ConjugatedBlank.asRegarded(regarded.tokens(), QuizTexts.indexOf(regarded, "注目"))).isTrue();
        assertThat(ConjugatedBlank.asRegarded(quoted.tokens(), QuizTexts.indexOf(quoted, "再編"))).isFalse();
    }

    @Test
    void noVerbIsBlankedRightAfterTo() {
        // 「…」と（話した） with 残した / 見直した, 再開発と（合わせて） with 挙げて / 避けて (context judges, seeds 2020/2121)
        QuizSource s = QuizTexts.withFiller(FILLER, "市長は「町を元気にしたい」と話した。", "市は駅前の再開発と合わせて、新しい道をつくる。",
                "会社は古い路線を残した。", "市は計画を見直した。", "県は新しい目標を挙げた。", "店は混雑を避けた。");
        assertThat(QuizTexts.clozes(s, "話した")).isEmpty();
        assertThat(QuizTexts.clozes(s, "合わせて")).isEmpty();
        QuizSentence said = s.sentences().get(0);
        assertThat(ConjugatedBlank.afterTo(said.tokens(), QuizTexts.indexOf(said, "話し"))).isTrue();
        assertThat(QuizTexts.clozes(QuizTexts.fixture("news-quotes.txt"), "合わせて")).isEmpty();
    }

    @Test
    void aNounUsedAsAVerbIsOfferedOnlyNounsTheArticleUsesAsVerbsAndAPassiveOnlyTransitiveOnes() {
        // （放出）し続ける with 悪循環; 空港外に（派遣）され with 反応 / 発展 / 関与 (context judges, seeds 2222/2323)
        QuizSource s = QuizTexts.withFiller(FILLER, "多くの兵士が派遣された。", "政府は部隊を国境に派遣した。",
                "住民は計画に反応した。", "町は大きく発展した。", "国は交渉に関与した。", "市は道路を整備した。", "県は橋を修理した。",
                "会社は工場を建設した。", "悪循環が続いた。", "市は新しい駅舎を設計した。");
        List<Question> sent = QuizTexts.clozes(s, "派遣");
        for (Question q : sent) {
            assertThat(q.choices()).as(q.toString()).doesNotContain("悪循環");
            if (q.prompt().contains("され")) assertThat(q.choices()).as(q.toString()).doesNotContain("反応", "発展", "関与");
        }
        assertThat(sent).isNotEmpty();
        QuizSentence passive = s.sentences().get(0), active = s.sentences().get(1);
        assertThat(ConjugatedBlank.passiveSuru(passive.tokens(), QuizTexts.indexOf(passive, "派遣"))).isTrue();
        assertThat(ConjugatedBlank.passiveSuru(active.tokens(), QuizTexts.indexOf(active, "派遣"))).isFalse();
        assertThat(ConjugatedBlank.usedAsVerbIn("悪循環", s.sentences())).isFalse();
        assertThat(ConjugatedBlank.usedAsVerbIn("発展", s.sentences())).isTrue();
    }

}
