package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The independent judged sample's cloze failures (src/test/resources/quiz/judged/independent-sample.tsv),
 * each reproduced on its own sentence with the real tokenizer and bundled dictionary: distractors
 * must fit the blank's grammatical slot, a function noun is never blanked, a light verb is never
 * blanked.
 */
class ClozeSlotTest {

    private static List<Question> context(QuizSource source) {
        List<Question> out = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++)
            for (Question q : new VocabQuestions(source, new SplittableRandom(seed)).candidates(200))
                if (q.kind() == QuestionKind.CONTEXT) out.add(q);
        return out;
    }

    private static QuizSource explainer() {
        return QuizTexts.source("explainer", ArticleSources.resource("/quiz/articles/explainer-causes.txt").lines()
                .filter(l -> !l.isBlank()).toList());
    }

    @Test
    void aFunctionNounIsNeverTheBlank() {
        // judged: 「米国と同盟国との（間）で」 with 政権/事実/市民: nothing else could fill the frame
        QuizSource s = QuizTexts.source("t", List.of(
                "空港に近づけない避難民の救出について米国と同盟国との間で何らかの進展があったのは確実だ。",
                "米国の政権は事実を市民に説明した。", "政権は市民の事実を調べた。", "市民は政権の事実を知らない。"));
        for (Question q : context(s)) assertThat(WordSlot.FUNCTION_NOUNS).as(q.toString()).doesNotContain(q.answerText());
    }

    @Test
    void aNounBlankBeforeAParticleOffersOnlyNounsTheArticlePutsBeforeIt() {
        // judged: 「海から涼しい（風）が吹く」 with 多く/中/外, which cannot blow
        List<Question> wind = context(explainer()).stream().filter(q -> q.prompt().contains("涼しい（　　）が吹く")).toList();
        for (Question q : wind)
            assertThat(q.choices()).as(q.toString()).doesNotContain("多く", "中", "外");
        for (Question q : context(explainer())) {
            int at = q.prompt().indexOf(Texts.BLANK + "が");
            if (at < 0 || q.answerText().matches(".*[ぁ-ん]$")) continue;
            for (String c : q.choices())
                assertThat(explainer().text()).as(q.toString()).contains(c + "が");
        }
    }

    @Test
    void naAdjectivesAndAdverbialNounsAreNotOfferedForANoun() {
        // judged: 「ロシアの奥深くにある（標的）に対する」 with 実行可能/継続的/軍事的
        QuizSource s = QuizTexts.source("t", List.of(
                "実際、ロシアの奥深くにある標的に対する長距離ミサイルの使用が最終的に承認されれば、モスクワとNATOは核対決をほぼ避けられない状況に直面することになる。",
                "その計画は実行可能だ。", "攻撃は継続的に行われた。", "軍事的な圧力が高まった。", "多くの兵器が使われた。",
                "軍は兵器に頼った。", "政府は市民に伝えた。", "市民は政府に訴えた。", "軍はミサイルに頼った。"));
        // the old generator asked 標的 here with the three na-adjectives; now no noun slot offers them
        for (Question q : context(s))
            if (!List.of("実行可能", "継続的", "軍事的", "多く").contains(q.answerText()))
                assertThat(q.choices()).as(q.toString()).doesNotContain("実行可能", "継続的", "軍事的", "多く");
        var compound = new dev.yomu.text.Token("実行可能", "実行可能", "じっこうかのう", "じっこうかのう", "名詞", "サ変接続", 0, 4);
        assertThat(WordSlot.of(compound)).isEqualTo(WordSlot.NA_ADJECTIVE);
    }

    @Test
    void aLightVerbAfterAVerbalNounIsNeverTheBlank() {
        // judged: 「廃線の検討を（始めた）」 where 決めた fits too
        QuizSource s = QuizTexts.source("t", List.of("このため、鉄道会社は1987年に廃線の検討を始めた。",
                "会社は計画を決めた。", "人々は町を離れた。", "客が町を訪れた。", "市は新しい道を作った。"));
        for (Question q : context(s)) assertThat(q.answerText()).as(q.toString()).doesNotStartWith("始め");
    }

    @Test
    void anObjectSlotOffersOnlyVerbsThatTakeAnObject() {
        QuizSource s = QuizTexts.source("t", List.of("会社は新しい計画を発表した。", "市民は町を離れた。", "会社は道路を作った。",
                "客が町を訪れた。", "市は予算を決めた。", "人々は駅に集まった。", "雨が降った。"));
        for (Question q : context(s)) {
            if (!q.prompt().contains("を（　　）")) continue;
            assertThat(q.choices()).as(q.toString()).doesNotContain("集まった", "降った");
        }
    }
}
