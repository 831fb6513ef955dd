package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fourth independent judged sample's vocabulary failures (quiz/judged/independent-sample-4.tsv),
 * each on its judged sentence with the real tokenizer and bundled dictionary: whole glosses in the
 * sentence's sense, distractors of the key's type, and no reading question under a form the text
 * does not use.
 */
class FourthSampleTest {

    private static VocabQuestions.Use use(QuizSource s, String lemma) {
        VocabQuestions v = new VocabQuestions(s, new SplittableRandom(1));
        return v.use(VocabRulesTest.word(s, lemma)).orElseThrow();
    }

    @Test
    void glossesAreWholeAndInTheSentencesSense() {
        QuizSource s = QuizTexts.source("t", List.of("しかし、核兵器の使用がプーチンの日を救うというもっともらしいシナリオはありません。",
                "中川議員は、赤字になった場合に市の負担がどこまで膨らむのかを示すよう求めている。", "市内の駅に新しい電車が来る。",
                "同時に英仏の地理的分担が及ばないシベリアについては、アメリカと日本に派兵を要請するとで一致した。",
                "ソヴィエト政府の和平提案への拒否で一致した。", "鉄道は町の発展に大きな役割を果たした。"));
        assertThat(VocabRulesTest.word(s, "救う").gloss()).isEqualTo("to save"); // not the cut "to rescue from"
        assertThat(VocabRulesTest.word(s, "赤字").gloss()).isEqualTo("being in the red"); // not "the red"
        assertThat(VocabRulesTest.word(s, "市内").gloss()).isEqualTo("within a city"); // not "city"
        assertThat(VocabRulesTest.word(s, "同時に").gloss()).isEqualTo("simultaneously"); // not "coincident with"
        assertThat(VocabRulesTest.word(s, "一致").gloss()).isEqualTo("agreement"); // not "coincidence"
        assertThat(VocabRulesTest.word(s, "役割").gloss()).isEqualTo("role"); // not "part"
    }

    @Test
    void meaningDistractorsAreWholeGlossesOfTheKeysType() {
        QuizSource s = QuizTexts.source("t", List.of("運賃は大人200円、子ども100円とする方針だ。",
                "中川議員は、赤字になった場合に市の負担がどこまで膨らむのかを示すよう求めている。",
                "しかし、民主党「政権」が政権最後の日に何をするつもりなのかを予測するのは難しい。",
                "ロシア政府は、西側諸国がウクライナに提供した長距離兵器システムは運用できないと繰り返し述べてきた。",
                "ウクライナとそのパートナーがこのような脅しでいかに「火遊び」をしているかを強調した。",
                "ストームシャドウ・ミサイルやその他の最新兵器システムを展開するという議論が続いた。",
                "アルハンゲリスクとムルマンスクでは同様の暴動を未然に防ぐため、連合軍は徐々に撤退した。",
                "8月のチェコ兵救出を口実としたシベリア出兵が本格化し、特に日本は7万以上の兵力を投入した。",
                "同時に英仏の地理的分担が及ばないシベリアについては、アメリカと日本に派兵を要請するとで一致した。",
                "連合国指導者は、パリで連合国会議を開き、新事態への対応を協議した。", "政府は新しい計画を発表した。",
                "市民は会議で意見を述べた。", "記者は事実を調べた。", "住民は駅の建設に反対した。"));
        List<Question> meanings = QuizTexts.asked(s, QuestionKind.MEANING);
        assertThat(meanings).isNotEmpty();
        for (Question q : meanings) {
            assertThat(q.choices()).as(q.toString()).doesNotContain("the red", "coincident with", "to rescue from");
            if (GlossTypes.nounLike(q.answerText()))
                assertThat(q.choices()).as(q.toString()).doesNotContain("playing with fire", "latest", "before it happens",
                        "being in the red");
            if (q.prompt().startsWith("【特に】")) assertThat(q.choices()).allMatch(GlossTypes::adverbLike);
        }
    }

    @Test
    void aVerbStemUsedAsAnAdverbIsNotAskedAsTheVerb() {
        // 繰り返し述べている: "repeatedly", not the verb くりかえす
        QuizSource s = QuizTexts.source("t", List.of("モスクワは、ロシアの対応は強力かつ断固としたものになると繰り返し述べている。",
                "政府は同じ説明を何度も繰り返す。", "市民は会議で意見を述べた。"));
        assertThat(use(s, "繰り返す").sentence().text()).isEqualTo("政府は同じ説明を何度も繰り返す。");
        QuizSource only = QuizTexts.source("t", List.of("モスクワは、ロシアの対応は強力かつ断固としたものになると繰り返し述べている。",
                "市民は会議で意見を述べた。"));
        for (Question q : QuizTexts.asked(only, QuestionKind.READING)) assertThat(q.prompt()).doesNotStartWith("【繰り返す】");
    }

    @Test
    void aHomographWhoseReadingTheContextDecidesIsNotAskedByReadingOrMeaning() {
        // 港駅の近くの市場 is いちば; the card reads しじょう, "market (financial, stock, …)"
        QuizSource s = QuizTexts.source("t", List.of("1962年、港駅の近くに大きな市場ができた。", "市場には朝早くから多くの人が集まる。",
                "開業は三年後の春を予定しており、停留場は全部で十二か所に置かれる。", "市民は会議で意見を述べた。", "記者は事実を調べた。"));
        for (Question q : QuizTexts.asked(s, QuestionKind.READING)) assertThat(q.prompt()).doesNotStartWith("【市場】");
        List<Question> glosses = new ArrayList<>(QuizTexts.asked(s, QuestionKind.MEANING));
        glosses.addAll(QuizTexts.asked(s, QuestionKind.REVERSE));
        // 開業 of a tram line: EDICT has only "opening a business"
        for (Question q : glosses) assertThat(q.toString()).doesNotContain("【市場】", "market", "opening a business", "【開業】");
        assertThat(QuizTexts.asked(s, QuestionKind.READING)).anyMatch(q -> q.prompt().startsWith("【開業】")); // its reading is certain
    }

    @Test
    void glossTypesAreReadOffTheWholeGloss() {
        assertThat(GlossTypes.whole("to rescue from")).isEmpty();
        assertThat(GlossTypes.whole("to give in")).isEqualTo("to give in");
        assertThat(GlossTypes.whole("(political) administration")).isEqualTo("administration");
        assertThat(GlossTypes.whole("(cannot) possibly")).isEqualTo("(cannot) possibly");
        assertThat(GlossTypes.nounLike("state of affairs")).isTrue();
        assertThat(GlossTypes.nounLike("playing with fire")).isFalse();
        assertThat(GlossTypes.nounLike("before it happens")).isFalse();
        assertThat(GlossTypes.nounLike("latest")).isFalse();
        assertThat(GlossTypes.nounLike("internal")).isFalse(); // 国内 beside 'armed forces'
        assertThat(GlossTypes.nounLike("armed forces")).isTrue();
        assertThat(GlossTypes.adverbLike("in particular")).isTrue();
        assertThat(GlossTypes.adverbLike("while")).isFalse();
    }

    @Test
    void garbledSentencesAreFoundByNamedRules() {
        // no predicate at the end: the verb was lost in translation
        String noVerb = "上記の2020年の基本原則に関する文書で議論されているロシアの核兵器の使用につながる可能性のある不測の事態には、"
                + "「ロシア連邦の領土を攻撃する」弾道ミサイルの発射またはその他の兵器の使用が含まれるロシアとその同盟国に対する大量破壊兵器。";
        assertThat(GarbledSentences.noPredicate(noVerb, ArticleSources.sentence(noVerb).tokens())).isTrue();
        String whole = "ロシア政府は、西側諸国がウクライナに提供した長距離兵器システムは運用できないと繰り返し述べてきた。";
        assertThat(GarbledSentences.noPredicate(whole, ArticleSources.sentence(whole).tokens())).isFalse();
        assertThat(GarbledSentences.garbled(ArticleSources.sentence(whole))).isFalse();
        // a slash inside Japanese: a translated "and/or"
        assertThat(GarbledSentences.garbledText("「ロシア連邦および/またはその同盟国の領土を攻撃する」")).isTrue();
        // an adverb that needs a negative verb, before の
        assertThat(GarbledSentences.garbledText("列強の革命への干渉は互いに牽制し合い、必ずしもの行動歩調がとられていなかった。")).isTrue();
        assertThat(GarbledSentences.garbledText("列強の行動は必ずしも一致していなかった。")).isFalse();
        // unbalanced brackets, cut by the source or by the context window
        assertThat(GarbledSentences.unbalanced("…大きな衝突に発展するかもしれない)がアフガニスタンに軍を派遣していた…")).isTrue();
        assertThat(GarbledSentences.unbalanced("それらには、「ロシア連邦の重要な政府または軍事施設に対する…")).isTrue();
        assertThat(GarbledSentences.unbalanced("運賃は「大人200円」とする（予定）。")).isFalse();
    }

    @Test
    void aPromptWhoseContextCutsAParenthesisIsDropped() {
        Question cut = new Question(QuestionKind.CONTEXT, "本文の内容に合うように、（　　）に入る最も適切な語を選びなさい。\n"
                + "…互いに相手が悪いと言い合っているのでキッカケさえあれば大きな衝突に（　　）するかもしれない)がアフガニスタンに軍を派遣していた…",
                List.of("発展", "努力", "協議", "救出"), 0, "衝突に発展するかもしれない", "", 1);
        assertThat(QuestionRules.broken(cut)).isPresent();
        Question fact = new Question(QuestionKind.FACT, "本文の内容に合うように、（　　）に入る最も適切なものを選びなさい。\n…（　　）に入り…",
                List.of("1918年8月", "1917年11月", "1919年3月", "1920年1月"), 0,
                "列強の革命への干渉は互いに牽制し合い、必ずしもの行動歩調がとられていなかったが、1918年8月に入り、本格化した。", "", 0);
        assertThat(QuestionRules.broken(fact)).isPresent();
    }

    @Test
    void causeChoicesReadWholeOnTheirOwn() {
        for (String name : List.of("explainer-causes.txt", "history-dates.txt")) {
            QuizSource s = QuizTexts.fixture(name);
            for (long seed = 1; seed <= 20; seed++)
                for (Question q : new CauseQuestions(s, new SplittableRandom(seed)).candidates()) {
                    // 「利用者がその後も減り続け…ため。」: after what?
                    assertThat(q.choices()).as(q.toString()).noneMatch(c -> c.contains("その後"));
                    // 「熱をためやすいため。」 is the asphalt's reason; beside another question it has no subject
                    for (int i = 0; i < 4; i++)
                        if (i != q.answer()) assertThat(q.choices().get(i)).as(q.toString()).isNotEqualTo("熱をためやすいため。");
                }
        }
    }

    @Test
    void aSuruNounAfterAParticleIsOfferedOnlyNounsThatTakeIt() {
        // 使用を（許可）する: 自殺 and 依存 take no を in the article (自殺モード, 戦略指導に依存する)
        QuizSource s = QuizTexts.source("t", List.of(
                "公式の紛争地域外での攻撃にこれらのミサイルの使用を許可することは、西側の関与の拡大を意味する。",
                "バイデンとそのチームが「自殺モード」に入る可能性もある。", "ウクライナの軍事インフラは情報支援に依存している。",
                "西側諸国はウクライナに兵器を提供した。", "政府は新しい計画を発表した。", "ロシアは攻撃を警告した。",
                "軍は作戦を指揮した。", "市民は会議で意見を述べた。"));
        List<Question> qs = QuizTexts.clozes(s, "許可");
        assertThat(qs).isNotEmpty();
        for (Question q : qs) assertThat(q.choices()).as(q.toString()).doesNotContain("自殺", "依存");
    }

    @Test
    void aNounChosenByTheVerbRightAfterItsParticleIsNotBlanked() {
        // 涼しい（風）が吹く with 働き/家庭/温度; （路面電車）を走らせる with 足/職場/春: the verb rules them out on sight
        assertThat(QuizTexts.clozes(QuizTexts.fixture("explainer-causes.txt"), "風")).isEmpty();
        assertThat(QuizTexts.clozes(QuizTexts.fixture("tram-explainer.txt"), "路面電車")).isEmpty();
    }

    @Test
    void aPassiveBlankIsOfferedOnlyVerbsThatTakeAnObject() {
        // 寄付で（集められた） with 離れられた / 訪れられた: intransitive verbs have no plain passive
        for (Question q : QuizTexts.asked(QuizTexts.fixture("history-dates.txt"), QuestionKind.CONTEXT))
            if (q.answerText().contains("られ"))
                assertThat(q.choices()).as(q.toString()).doesNotContain("離れられた", "訪れられた");
    }

    @Test
    void aSpeakerNamedByARoleIsAskedAmongTheArticlesOtherSpeakers() {
        // the tram explainer quotes 市長, 市の担当者, 専門家 …, none by name: it had no speaker question
        QuizSource tram = QuizTexts.fixture("tram-explainer.txt");
        List<QuizSource.QuizSentence> body = tram.sentences().stream().filter(x -> !x.heading()).toList();
        List<Question> qs = new ArrayList<>();
        for (long seed = 1; seed <= 10; seed++)
            qs.addAll(new SpeakerQuestions(body, new ArticleEntities(body), new SplittableRandom(seed)).candidates());
        assertThat(qs).anyMatch(q -> q.prompt().contains("車に頼らずに暮らせる町にしたい") && q.answerText().equals("市長"));
        assertThat(qs).anyMatch(q -> q.prompt().contains("高齢の母が病院に通いやすくなる") && q.answerText().equals("駅の近くに住む女性"));
        assertThat(qs).anyMatch(q -> q.prompt().contains("工事の間、客が減るのではないか") && q.answerText().equals("商店街の店主"));
        // 担当者は「働きやすい職場を…」 after 市の担当者は「運賃は…」: the role as first named
        assertThat(qs).anyMatch(q -> q.prompt().contains("働きやすい職場を作り") && q.answerText().equals("市の担当者"));
        for (Question q : qs) {
            assertThat(QuestionRules.violation(q, tram.text())).as(q.toString()).isEmpty();
            // 担当者 and 市の担当者 are one person: never both choices, never one beside the other's quote
            assertThat(q.choices().stream().filter(c -> c.endsWith("担当者")).count()).as(q.toString()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void clozeDistractorsAreNotAFamilyTheKeyIsOutside() {
        // 政府 among 核戦力 / 核兵器 / 核反応: the one word without 核 is the answer on sight
        QuizSource s = QuizTexts.source("t", List.of("さらに、それは紛争後に国をロシア連邦に統合するための大きな挑戦を生み出すでしょう。",
                "核兵器の使用は危険だ。", "西側からの核反応を引き起こす可能性が高い。", "ロシアは通常兵器で攻撃した。",
                "核戦力の目的は抑止だ。", "政府は新しい計画を発表した。", "市民は会議で意見を述べた。", "記者は事実を調べた。",
                "住民は駅の建設に反対した。", "会社は資金を集めた。"));
        for (Question q : QuizTexts.asked(s, QuestionKind.CONTEXT)) {
            List<String> wrong = new ArrayList<>(q.choices());
            wrong.remove(q.answer());
            for (int i = 0; i < wrong.size(); i++)
                for (int j = i + 1; j < wrong.size(); j++)
                    assertThat(VocabQuestions.sharesKanji(wrong.get(i), wrong.get(j))).as(q.toString()).isFalse();
        }
    }

    @Test
    void aPointingCompoundIsNoClozeDistractor() {
        // 中川議員は、（赤字）になった場合に… offered 同省: "the said ministry" points back, it names nothing
        assertThat(ConjugatedBlank.fitsAnySlot("同省")).isTrue();
        assertThat(ConjugatedBlank.fitsAnySlot("同社")).isTrue();
        assertThat(ConjugatedBlank.fitsAnySlot("赤字")).isFalse();
    }
}
