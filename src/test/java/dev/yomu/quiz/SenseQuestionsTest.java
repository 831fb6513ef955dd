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
        for (Question q : QuizTexts.asked(source))
            if (q.kind() == QuestionKind.MEANING || q.kind() == QuestionKind.REVERSE) out.add(q);
        return out;
    }

    private static final List<String> FILLER = List.of("政府は新しい計画を発表した。", "市民は会議で意見を述べた。",
            "兵器の輸出が増えている。", "大統領は声明を出した。", "軍は作戦を始めた。", "住民は駅の建設に反対した。",
            "会社は資金を集めた。", "記者は事実を調べた。");

    private static QuizSource with(String... sentences) {
        return QuizTexts.withFiller(FILLER, sentences);
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

    // Second independent judged sample (quiz/judged/independent-sample-2.tsv), each on its judged sentence.

    @Test
    void theSecondSamplesSensesAreTheOnesTheSentencesUse() {
        QuizSource s = with("同省によると、国は事業費の最大3分の1を補助できる。", "夏の都市は、周りの郊外よりも気温が高くなりやすい。",
                "ロシア革命で登場したボリシェヴィキ政権は講和を結んだ。");
        assertThat(VocabRulesTest.word(s, "都市").gloss()).isEqualTo("city");
        assertThat(VocabRulesTest.word(s, "登場").gloss()).isEqualTo("appearance");
        for (Question q : glossQuestions(s))
            assertThat(q.choices()).as(q.toString()).doesNotContain("biggest", "town", "entry (on stage)");
    }

    @Test
    void aWordNoSenseOfWhichFitsIsNotAsked() {
        // 悪循環が生まれている is "arises"; the dictionary has only "to be born". 事業費の最大3分の1 is "up to"
        QuizSource s = with("これによって、また冷房が必要になるという悪循環が生まれている。", "同省によると、国は事業費の最大3分の1を補助できる。");
        for (Question q : glossQuestions(s))
            assertThat(q.toString()).doesNotContain("【生まれる】", "to be born", "【最大】", "biggest");
    }

    @Test
    void aSurfaceThatIsNotAFormOfTheLemmaIsNotMarked() {
        // 怖れ (おそれ, a risk that) is not 怖い
        QuizSource s = with("イギリス・アメリカ・日本はかえってソヴィエト政権をドイツとの提携に追いやる怖れがあるとして反対した。");
        int stems = 0;
        for (QuizSource.QuizSentence sentence : s.sentences())
            for (dev.yomu.text.Token t : sentence.tokens())
                if (t.surface().equals("怖") && t.lemma().equals("怖い")) {
                    stems++;
                    assertThat(VocabQuestions.formOfLemma(sentence.text(), t)).isFalse();
                }
        assertThat(stems).as("the tokenizer reads 怖れ as the stem of 怖い").isEqualTo(1);
        for (long seed = 1; seed <= 30; seed++)
            for (Question q : new VocabQuestions(s, new SplittableRandom(seed)).candidates(200))
                assertThat(q.prompt()).as(q.toString()).doesNotContain("【怖】", "【怖い】", "（　　）れ");
    }

    @Test
    void distractorGlossesAreOfTheKeysPartOfSpeechAndCarryNoDictionaryNotes() {
        QuizSource s = with("NATOの専門家が訓練と後方支援を提供しなければ運用できない。", "核兵器の使用は予想外の結果を招く。",
                "無制限の支援は安全保障の問題だ。", "記者は事実を調べた。");
        for (Question q : glossQuestions(s))
            if (q.kind() == QuestionKind.MEANING && !VocabQuestions.adjectival(q.answerText()))
                assertThat(q.choices()).as(q.toString()).doesNotContain("unlimited", "unexpected")
                        .noneMatch(c -> c.contains("e.g."));
        assertThat(VocabQuestions.comparableGloss("specialist", "unlimited")).isFalse();
        assertThat(VocabQuestions.comparableGloss("nuclear weapon", "security guarantee (e.g. military security, network security, etc.)")).isFalse();
        assertThat(VocabQuestions.comparableGloss("nuclear weapon", "plan")).isTrue();
        // 沿線 keyed "alongside a railway line, bus route, major thoroughfare, etc.": an entry, not asked
        QuizSource line = with("廃線の計画に対して、沿線の住民は「鉄道を守る会」をつくった。");
        for (Question q : glossQuestions(line))
            assertThat(q.choices()).as(q.toString()).noneMatch(c -> c.contains("etc."));
    }

    // Third independent judged sample (quiz/judged/independent-sample-3.tsv), each on its judged sentence.

    @Test
    void theThirdSamplesSensesAreTheOnesTheSentencesUse() {
        QuizSource s = with("上記の2020年の基本原則に関する文書で議論されているロシアの核兵器の使用につながる可能性のある不測の事態がある。",
                "ロシア連邦の領土を攻撃する兵器は使われた。", "駅の近くに住む女性は「高齢の母が病院に通いやすくなる」と期待を示した。",
                "両国は新しい協定を結んだ。");
        assertThat(VocabRulesTest.word(s, "議論").gloss()).isEqualTo("discussion");
        assertThat(VocabRulesTest.word(s, "領土").gloss()).isEqualTo("territory");
        assertThat(VocabRulesTest.word(s, "示す").gloss()).isEqualTo("to show");
        assertThat(VocabRulesTest.word(s, "協定").gloss()).isEqualTo("agreement");
        for (Question q : glossQuestions(s))
            assertThat(q.choices()).as(q.toString()).doesNotContain("argument", "dominion", "to (take out and) show", "arrangement");
    }

    @Test
    void theThirdSamplesWordsNoSenseOfWhichFitsAreNotAsked() {
        // 時刻表を合わせる is "to synchronise"; 西側の侵略 is "the West", and "west side" spells 西側 kanji by kanji
        QuizSource s = with("各停留場では路線バスに乗り継げるよう、時刻表を合わせる工夫がされる。",
                "ロシアは、西側の侵略に対応するために必要であれば、措置も辞さない。");
        for (Question q : glossQuestions(s))
            assertThat(q.toString()).doesNotContain("【合わせる】", "to combine", "【西側】", "west side");
    }

    @Test
    void aNounUseIsNotAskedAmongAdjectiveGlosses() {
        // 平和 "peace" (a noun in 平和についての布告) among "important" and "new": all 形容動詞語幹 to the tokenizer
        QuizSource s = with("レーニンは平和についての布告を出した。", "これは重要な問題だ。", "新たな計画が始まった。",
                "この方法は簡単だ。", "バスは便利な乗り物だ。", "必要な資金を集めた。");
        VocabQuestions vocab = new VocabQuestions(s, new SplittableRandom(1));
        assertThat(VocabQuestions.adjectivalUse(vocab.use(VocabRulesTest.word(s, "平和")).orElseThrow())).isFalse();
        assertThat(VocabQuestions.adjectivalUse(vocab.use(VocabRulesTest.word(s, "重要")).orElseThrow())).isTrue();
        assertThat(VocabQuestions.adjectivalUse(vocab.use(VocabRulesTest.word(s, "便利")).orElseThrow())).isTrue();
        for (Question q : glossQuestions(s))
            if (q.kind() == QuestionKind.MEANING && q.prompt().startsWith("【平和】"))
                assertThat(q.choices()).as(q.toString()).doesNotContain("important", "new", "simple", "convenient", "necessary");
    }
}
