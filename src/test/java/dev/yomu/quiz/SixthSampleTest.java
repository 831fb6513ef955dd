package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quiz.QuizSource.QuizSentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sixth independent judged sample's vocabulary failures (quiz/judged/independent-sample-6.tsv),
 * each on its judged sentence, and each rule on a sentence written for this test, with the real
 * tokenizer and bundled dictionary.
 */
class SixthSampleTest {
    private static final List<String> FILLER = QuizTexts.FILLER;

    @Test
    void aNounBlankWithoutACaseParticleIsNotAsked() {
        // 同じ（年）、 / 「（即時）かつ壊滅的な」 / 目的が（抑止力）であり / 小さな（私鉄）である: the slot wants a
        // time word, an adjective, a purpose, a kind of railway, and the article's other nouns are none
        QuizSource history = QuizTexts.fixture("history-dates.txt");
        assertThat(QuizTexts.clozes(history, "年")).isEmpty();
        assertThat(QuizTexts.clozes(history, "私鉄")).isEmpty();
        // that other blanks are still asked: SeventhSampleTest.aVerbalNounUsedWithSuruIsStillAsked
        QuizSource s = QuizTexts.withFiller(FILLER, "同じ年、会のメンバーは駅の清掃を始めた。",
                "北浜鉄道は、北浜市と川辺町を結ぶ小さな私鉄である。", "その理由は謎だが、町の人口は減った。");
        assertThat(QuizTexts.clozes(s, "謎")).isEmpty();
        assertThat(QuizTexts.clozes(s, "私鉄")).isEmpty();
        QuizSource marked = QuizTexts.withFiller(FILLER, "会のメンバーは私鉄の駅を掃除した。", "北浜鉄道は小さな私鉄である。");
        // a particle gives 私鉄 its role in 私鉄の駅, but a plain noun's blank is no longer asked at all
        // (SeventhSampleTest): caseMarkedNoun below still tells the two slots apart
        assertThat(QuizTexts.clozes(marked, "私鉄")).isEmpty();
        List<QuizSentence> own = s.sentences();
        assertThat(ConjugatedBlank.caseMarkedNoun(own.get(0).tokens(), QuizTexts.indexOf(own.get(0), "年"))).isFalse();
        assertThat(ConjugatedBlank.caseMarkedNoun(own.get(1).tokens(), QuizTexts.indexOf(own.get(1), "私鉄"))).isFalse();
        QuizSentence m = marked.sentences().get(0);
        assertThat(ConjugatedBlank.caseMarkedNoun(m.tokens(), QuizTexts.indexOf(m, "私鉄"))).isTrue();
    }

    @Test
    void aBlankCoversTheWholeWordAStemSuffixMakes() {
        // 都市の（暑）さを和らげる: 暑 + さ is the noun 暑さ, and the choices 高 / 涼し / 近 are no words
        QuizSource s = QuizTexts.withFiller(FILLER, "このように、都市の暑さを和らげるには、緑を増やすことが大切である。",
                "夏は暑い日が続く。", "山の空気は涼しい。", "駅は家から近い。", "建物は高い。");
        for (Question q : QuizTexts.asked(s, QuestionKind.CONTEXT))
            assertThat(q.prompt()).as(q.toString()).doesNotContain(Texts.BLANK + "さ");
        QuizSentence judged = s.sentences().get(0);
        int at = QuizTexts.indexOf(judged, "暑");
        VocabQuestions.Use use = new VocabQuestions.Use(judged, judged.tokens().get(at).begin(), judged.tokens().get(at).end(),
                judged.tokens().get(at));
        assertThat(ConjugatedBlank.wholeWord(VocabRulesTest.word(s, "暑い"), use)).isFalse();
    }

    @Test
    void aSetPhraseWithNiSuruIsNotBlanked() {
        // 不安を（口）にした: 声にした fits as well
        QuizSource tram = QuizTexts.fixture("tram-explainer.txt");
        assertThat(QuizTexts.clozes(tram, "口")).isEmpty();
        QuizSource s = QuizTexts.withFiller(FILLER, "店主は将来の不安を口にした。", "市長は住民の声を気にした。", "住民は口をそろえて反対した。");
        List<QuizSentence> own = s.sentences();
        assertThat(ConjugatedBlank.setPhraseNoun(own.get(0).tokens(), QuizTexts.indexOf(own.get(0), "口"))).isTrue();
        assertThat(ConjugatedBlank.setPhraseNoun(own.get(2).tokens(), QuizTexts.indexOf(own.get(2), "口"))).isFalse();
        for (Question q : QuizTexts.asked(s, QuestionKind.CONTEXT))
            assertThat(q.prompt()).as(q.toString()).doesNotContain(Texts.BLANK + "にした");
    }

    @Test
    void aLightVerbAfterAnObjectIsNeitherKeyNorDistractor() {
        // 補助金を（決めた） with 始めた: both make a plausible collocation
        QuizSource history = QuizTexts.fixture("history-dates.txt");
        assertThat(QuizTexts.clozes(history, "決めた")).isEmpty();
        QuizSource s = QuizTexts.withFiller(FILLER, "市は新しい駅の建設を始めた。", "会は署名を集めた。", "市は古い橋を壊した。",
                "住民は川に橋を架けた。", "会社は新しい駅を建てた。", "市は道路の工事を急いだ。");
        List<Question> objectSlots = new ArrayList<>();
        for (Question q : QuizTexts.asked(s, QuestionKind.CONTEXT)) if (q.prompt().contains("を" + Texts.BLANK)) objectSlots.add(q);
        assertThat(objectSlots).as("verbs of their own meaning are still asked after を").isNotEmpty();
        for (Question q : objectSlots) assertThat(q.choices()).as(q.toString()).doesNotContain("決めた", "始めた", "集めた", "続けた");
    }

    @Test
    void glossesAreInTheJudgedSentencesSenseAndACueHasOneAnswer() {
        // 交通 'traffic' in 交通系のカード, 拡大 'magnification', 抑止 'check', 招集 'call'
        QuizSource s = QuizTexts.withFiller(FILLER, "交通系のカードで払えば、乗り継ぎのときに五十円が割り引かれる。",
                "核兵器の主な目的は抑止である。", "西側の関与の拡大を意味する。", "会議が緊急に招集された。");
        assertThat(VocabRulesTest.word(s, "交通").gloss()).isEqualTo("transportation");
        assertThat(VocabRulesTest.word(s, "拡大").gloss()).isEqualTo("expansion");
        assertThat(VocabRulesTest.word(s, "招集").gloss()).isEqualTo("convening");
        assertThat(GlossGiveaways.ambiguous(VocabRulesTest.word(s, "抑止"))).isTrue();
        List<Question> glosses = new ArrayList<>(QuizTexts.asked(s, QuestionKind.MEANING));
        glosses.addAll(QuizTexts.asked(s, QuestionKind.REVERSE));
        assertThat(glosses).isNotEmpty();
        for (Question q : glosses)
            assertThat(q.prompt() + q.answerText()).as(q.toString()).doesNotContain("traffic", "check", "magnification", "「call」");
        // the rule on cues of its own: one everyday word of many senses names no one Japanese word
        assertThat(GlossTypes.polysemousCue("call")).isTrue();
        assertThat(GlossTypes.polysemousCue("to check")).isTrue();
        assertThat(GlossTypes.polysemousCue("to check (e.g. a bag)")).isTrue();
        assertThat(GlossTypes.polysemousCue("phone call")).isFalse();
        assertThat(GlossTypes.polysemousCue("deterrence")).isFalse();
    }

    @Test
    void aPersonIsGlossedOnlyAmongPeople() {
        // ザハロワ【報道官】 with brink / demilitarization / major powers
        QuizSource s = QuizTexts.withFiller(FILLER, "ザハロワ報道官が明らかにしているように、ロシアは警戒を強めている。",
                "戦争は瀬戸際にある。", "非武装化を求める声がある。", "大国は沈黙した。", "市長は会見を開いた。", "教授は研究を続けた。",
                "住民は反対した。", "議員は質問した。", "社長は辞任した。");
        assertThat(GlossTypes.person(VocabRulesTest.word(s, "報道官"))).isTrue();
        assertThat(GlossTypes.person(VocabRulesTest.word(s, "大国"))).isFalse();
        for (Question q : QuizTexts.asked(s, QuestionKind.MEANING))
            if (q.prompt().startsWith("【報道官】"))
                assertThat(q.choices()).as(q.toString()).doesNotContain("brink", "demilitarization", "major powers");
    }

    @Test
    void aModifierIsNotGlossedByAQualityNoun() {
        // 【緊急】招集された with 'urgency' among obstinate / unpleasant / necessary
        assertThat(GlossTypes.qualityNoun("urgency")).isTrue();
        assertThat(GlossTypes.qualityNoun("importance")).isTrue();
        assertThat(GlossTypes.qualityNoun("necessary")).isFalse();
        QuizSource s = QuizTexts.withFiller(FILLER, "アフガニスタン問題について討議するため緊急招集された会議の後、声明が出た。",
                "頑固な態度が続いた。", "不快な思いをした。", "必要な措置をとった。", "重要な問題がある。", "簡単な説明があった。");
        for (Question q : QuizTexts.asked(s, QuestionKind.MEANING))
            assertThat(q.prompt()).as(q.toString()).doesNotStartWith("【緊急】");
    }

    @Test
    void aReverseCueNamesNoKanjiOfAChoice() {
        // 「being in the red」: 赤 is red, and 赤字 the one choice with it
        assertThat(KanjiGlosses.named("(being in) the red", "赤字")).isTrue();
        assertThat(KanjiGlosses.named("deficit", "赤字")).isFalse();
        assertThat(KanjiGlosses.named("river basin", "流域")).isFalse();
        assertThat(KanjiGlosses.named("every day", "毎日")).isTrue();
        QuizSource news = QuizTexts.fixture("news-quotes.txt");
        for (Question q : QuizTexts.asked(news, QuestionKind.REVERSE))
            assertThat(q.prompt()).as(q.toString()).doesNotContain("the red");
        for (Question q : QuizTexts.asked(news, QuestionKind.MEANING))
            assertThat(q.answerText()).as(q.toString()).doesNotContain("the red");
        assertThat(KanjiGlosses.named("within a city", "市内")).isTrue();
        QuizSource s = QuizTexts.withFiller(FILLER, "山の上に白い雪が残る。", "火山が噴火した。", "川の上流に村がある。",
                "森林を守る運動が広がった。", "都市の緑地が増えた。");
        for (Question q : QuizTexts.asked(s, QuestionKind.REVERSE))
            for (String c : q.choices()) assertThat(KanjiGlosses.named(q.prompt(), c)).as(q.toString()).isFalse();
    }

    @Test
    void aNearSynonymOfIncreaseIsNoDistractor() {
        // 歩行者が…【増え】た with 'to expand'
        assertThat(GlossSynonyms.ownOrNear("to increase; to multiply", "to expand")).isTrue();
        assertThat(GlossSynonyms.ownOrNear("to increase; to multiply", "to decrease (in size or number)")).isFalse();
    }

    @Test
    void wordsThatFitAnyFrameAreNeitherClozeKeysNorDistractors() {
        // （各地）で with 都市 (fifth sample), （沿線）の商店街 with 地元, 対応を（協議）した with 決議
        assertThat(ConjugatedBlank.fitsAnySlot("地元")).isTrue();
        assertThat(ConjugatedBlank.fitsAnySlot("計画")).isTrue();
        assertThat(ConjugatedBlank.fitsAnySlot("駅舎")).isFalse();
        QuizSource explainer = QuizTexts.fixture("explainer-causes.txt");
        assertThat(QuizTexts.clozes(explainer, "各地")).isEmpty();
        QuizSource s = QuizTexts.withFiller(FILLER, "地元の商店街では期待の声が多い。", "各地で新しい対策が始まった。",
                "市は駅前の広場を整備した。", "会社は港の倉庫を改修した。", "沿線の商店街は古い。", "町の図書館は新しい。",
                "県は古い橋を修理した。", "国は新しい道路を建設した。", "市は計画を協議した。", "委員会は対応を決議した。");
        List<Question> qs = QuizTexts.asked(s, QuestionKind.CONTEXT);
        assertThat(qs).isNotEmpty();
        for (Question q : qs) {
            assertThat(q.answerText()).as(q.toString()).isNotIn("地元", "各地", "計画");
            assertThat(q.choices()).as(q.toString()).doesNotContain("地元", "各地", "計画", "発表");
        }
    }

    @Test
    void aClozeKeyDoesNotStandOutByLengthOrByBeingTheOneNoun() {
        // （戦時共産主義）among 悲劇 / 状態 / 口実 (fifth sample); 最新 'latest' beside a noun key fits any の slot
        assertThat(ConjugatedBlank.standsOut("戦時共産主義", List.of("悲劇", "状態", "口実"))).isTrue();
        assertThat(ConjugatedBlank.standsOut("戦時共産主義", List.of("悲劇", "資本主義", "口実"))).isFalse();
        assertThat(ConjugatedBlank.standsOut("乗り継ぎ", List.of("車", "声", "口"))).isFalse();
        assertThat(GlossTypes.nounLike("latest")).isFalse();
        QuizSource s = QuizTexts.withFiller(FILLER, "世界の安全保障が揺らいでいる。", "最新の技術が使われた。", "最大の問題は資金だ。",
                "地域の医療が大切だ。", "国家の財政が苦しい。");
        for (Question q : QuizTexts.asked(s, QuestionKind.CONTEXT))
            if (q.answerText().equals("世界")) assertThat(q.choices()).as(q.toString()).doesNotContain("最新", "最大");
    }

    @Test
    void aMeaningKeyIsOfferedGlossesOfItsOwnFormAndNoneThatContainsIt() {
        // 'within a city' (市内) among 'project' / 'the said ministry'; 'construction' (建設) beside 'reconstruction'
        assertThat(VocabQuestions.unrelated("construction; establishment", "rebuilding; reconstruction")).isFalse();
        assertThat(VocabQuestions.unrelated("construction", "signature")).isTrue();
        // 'for military use' (軍用) among 'ally' and 'shooting incident'; 'certain' (確実な) among 'urgency';
        // 結論 'conclusion' beside 'decision'; 職場 'one's post' for a workplace
        assertThat(GlossTypes.form("for military use")).isEqualTo("phrase");
        assertThat(GlossTypes.form("ally (of another nation)")).isEqualTo("noun");
        assertThat(GlossTypes.form("to keep")).isEqualTo("verb");
        assertThat(GlossSynonyms.ownOrNear("conclusion; decision", "decision")).isTrue();
        assertThat(GlossSynonyms.ownOrNear("conclusion", "decision")).isTrue();
        QuizSource sure = QuizTexts.withFiller(FILLER, "米国は確実な避難を保証している。", "会議が緊急に開かれた。", "必要な措置をとった。",
                "不快な思いをした。", "頑固な態度が続いた。", "重要な問題がある。", "担当者は働きやすい職場を作りたいと話した。");
        for (Question q : QuizTexts.asked(sure, QuestionKind.MEANING))
            if (q.prompt().startsWith("【確実】")) assertThat(q.choices()).as(q.toString()).doesNotContain("urgency");
        assertThat(VocabRulesTest.word(sure, "職場").gloss()).isEqualTo("workplace");
        QuizSource s = QuizTexts.withFiller(FILLER, "市内の交通渋滞が深刻になっている。", "同省は計画を発表した。", "事業は順調だ。",
                "総事業費は大きい。", "市は公園を整備した。");
        for (Question q : QuizTexts.asked(s, QuestionKind.MEANING))
            for (String c : q.choices())
                assertThat(GlossTypes.nounLike(c)).as(q.toString()).isEqualTo(GlossTypes.nounLike(q.answerText()));
    }

}
