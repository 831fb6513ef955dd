package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The independent judged sample's meaning and reverse failures (quiz/judged/independent-sample.tsv),
 * each on its judged sentence with the real tokenizer and bundled dictionary: the key is the sense the
 * sentence uses, an uncertain sense is not asked, and glosses are of one form.
 */
class SenseQuestionsTest {

    private static List<Question> glossQuestions(QuizSource source) {
        List<Question> out = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++)
            for (Question q : new VocabQuestions(source, new SplittableRandom(seed)).candidates(200))
                if ((q.kind() == QuestionKind.MEANING || q.kind() == QuestionKind.REVERSE) && QuestionRules.violation(q, source.text()).isEmpty())
                    out.add(q);
        return out;
    }

    private static final List<String> FILLER = List.of("政府は新しい計画を発表した。", "市民は会議で意見を述べた。",
            "兵器の輸出が増えている。", "大統領は声明を出した。", "軍は作戦を始めた。", "住民は駅の建設に反対した。",
            "会社は資金を集めた。", "記者は事実を調べた。");

    private static QuizSource with(String... sentences) {
        List<String> lines = new ArrayList<>(List.of(sentences));
        lines.addAll(FILLER);
        return QuizTexts.source("t", lines);
    }

    @Test
    void theKeyIsTheSenseTheSentenceUses() {
        QuizSource s = with("ロシア政府は、西側諸国がウクライナに提供した長距離兵器システムは運用できないと述べてきた。",
                "同盟国は米軍がカーブルから出ていく可能性を懸念している。", "深層攻撃の問題をめぐる緊張は続いている。",
                "夏の都市は、周りの郊外よりも気温が高くなりやすい。", "ロシア軍が実質的に撤退する前の攻撃は危険だ。");
        assertThat(VocabRulesTest.word(s, "提供").gloss()).isEqualTo("providing");
        assertThat(VocabRulesTest.word(s, "可能性").gloss()).isEqualTo("possibility");
        assertThat(VocabRulesTest.word(s, "問題").gloss()).isEqualTo("issue");
        assertThat(VocabRulesTest.word(s, "周り").gloss()).isEqualTo("surroundings");
        assertThat(VocabRulesTest.word(s, "撤退").gloss()).isEqualTo("withdrawal");
        for (Question q : glossQuestions(s))
            assertThat(q.choices()).as(q.toString()).doesNotContain("offer", "potentiality", "circumference", "evacuation",
                    "question (e.g. on a test)");
    }

    @Test
    void aWordWhoseSenseIsUncertainIsNotAskedByMeaning() {
        // より in どんなものよりも is "than", not "more"; 外交 "diplomacy / selling (door-to-door)"
        QuizSource s = with("彼らは「あなたが歴史で直面したどんなものよりも大きな結果」に直面するだろうと言った。",
                "ロシアは外交を優先している。");
        for (Question q : glossQuestions(s)) {
            assertThat(q.prompt()).as(q.toString()).doesNotContain("【より】", "【外交】", "「more」", "「diplomacy」");
        }
        assertThat(GlossGiveaways.uncertainSense(VocabRulesTest.word(s, "外交"))).isTrue();
    }

    @Test
    void aWordInsideANameIsNotAskedByMeaning() {
        // 川辺 of 川辺町 is no "riverside"; かぜ of しおかぜ号 is no "wind"
        QuizSource s = with("北浜鉄道は、北浜市と山あいの川辺町を結ぶ小さな私鉄である。", "しおかぜ号は海沿いの景色が楽しめる。");
        for (Question q : glossQuestions(s))
            assertThat(q.toString()).doesNotContain("riverside", "【かぜ】", "「wind」");
    }

    @Test
    void glossesAreOfOneForm() {
        Question verbAmongNouns = new Question(QuestionKind.MEANING, "【行う】の意味として最も適切なものはどれか。\n会議を行う。",
                List.of("to perform", "meeting", "plan", "sign"), 0, "会議を行う。", "", 1);
        assertThat(QuestionRules.glossForm(verbAmongNouns)).isPresent();
        Question onlyNote = new Question(QuestionKind.MEANING, "【停留場】の意味として最も適切なものはどれか。\n停留場を設ける。",
                List.of("stop (bus, streetcar, etc.)", "myself", "fare", "mayor"), 0, "停留場を設ける。", "", 1);
        assertThat(QuestionRules.glossForm(onlyNote)).isPresent();
        Question fine = new Question(QuestionKind.MEANING, "【計画】の意味として最も適切なものはどれか。\n計画を立てる。",
                List.of("plan", "meeting", "fare", "mayor"), 0, "計画を立てる。", "", 1);
        assertThat(QuestionRules.glossForm(fine)).isEmpty();
    }
}
