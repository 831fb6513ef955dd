package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fifth independent judged sample's failures (quiz/judged/independent-sample-5.tsv), each on its
 * judged sentence with the real tokenizer and bundled dictionary.
 */
class FifthSampleTest {

    @Test
    void aMeaningDistractorIsNeitherOneOfTheKeysGlossesNorANearSynonym() {
        // 示す "to show" beside 明かす "to reveal" and 述べる "to state": three defensible answers
        QuizSource s = QuizTexts.source("t", List.of("中川議員は、赤字になった場合に市の負担がどこまで膨らむのかを示すよう求めている。",
                "市長は秘密を明かす。", "市民は会議で意見を述べた。", "会社は資金を集めた。", "記者は事実を調べた。",
                "住民は駅の建設に反対した。", "政府は新しい計画を立てた。", "子どもが公園で遊ぶ。", "電車が駅に着いた。"));
        for (Question q : QuizTexts.asked(s, QuestionKind.REVERSE))
            if (q.prompt().startsWith("「to show」")) assertThat(q.choices()).as(q.toString()).doesNotContain("明かす", "述べる");
        List<Question> qs = QuizTexts.asked(s, QuestionKind.MEANING);
        // (old code asked it with both; with two unrelated verbs left it is rightly not asked)
        for (Question q : qs)
            if (q.prompt().startsWith("【示す】")) assertThat(q.choices()).as(q.toString()).doesNotContain("to reveal", "to state");
        assertThat(GlossSynonyms.ownOrNear(VocabRulesTest.word(s, "示す").glosses(), "to reveal")).isTrue();
        assertThat(GlossSynonyms.ownOrNear(VocabRulesTest.word(s, "示す").glosses(), "to demonstrate")).isTrue(); // its own
        assertThat(GlossSynonyms.ownOrNear(VocabRulesTest.word(s, "示す").glosses(), "to collect")).isFalse();
    }

    @Test
    void glossesAreInTheJudgedSentencesSense() {
        QuizSource s = QuizTexts.source("t", List.of("百年を超える歴史の中で、何度も存続の危機を乗り越えてきた。",
                "市は計画を正式に発表した。"));
        assertThat(VocabRulesTest.word(s, "存続").gloss()).isEqualTo("survival"); // not "duration"
        assertThat(VocabRulesTest.word(s, "正式").gloss()).isEqualTo("official"); // not the cue "due form"
        List<Question> glosses = new ArrayList<>(QuizTexts.asked(s, QuestionKind.MEANING));
        glosses.addAll(QuizTexts.asked(s, QuestionKind.REVERSE));
        for (Question q : glosses) assertThat(q.toString()).doesNotContain("due form");
    }

    @Test
    void aTopicIsNotTurnedIntoASecondSubject() {
        // 「しおかぜ号が海沿いの景色が楽しめるため」 reads as if the train enjoyed the view
        assertThat(CauseQuestions.asNounClause("しおかぜ号は海沿いの景色が楽しめる")).isEmpty();
        assertThat(CauseQuestions.asNounClause("会は署名を集めた")).contains("会が署名を集めた");
        QuizSource s = QuizTexts.source("history-dates.txt", ArticleSources.resource("/quiz/articles/history-dates.txt").lines()
                .filter(l -> !l.isBlank()).toList());
        for (long seed = 1; seed <= 20; seed++)
            for (Question q : new CauseQuestions(s, new SplittableRandom(seed)).candidates())
                assertThat(q.choices()).as(q.toString()).noneMatch(c -> c.contains("しおかぜ号が海沿いの景色が"));
    }

    @Test
    void aPlaceOrPersonNameIsNotAskedByReading() {
        // 新橋 of an invented city: しんばし or しんはし, the text cannot tell
        QuizSource s = QuizTexts.source("t", List.of("港町市は、新橋駅から港までの約六キロに路面電車を走らせる計画を進めている。",
                "新橋の近くに新しい停留場ができる。", "中川議員は、赤字になった場合に市の負担がどこまで膨らむのかを示すよう求めている。",
                "政府は新しい計画を発表した。", "市民は会議で意見を述べた。"));
        List<Question> readings = QuizTexts.asked(s, QuestionKind.READING);
        assertThat(readings).isNotEmpty();
        for (Question q : readings) assertThat(q.prompt()).as(q.toString()).doesNotStartWith("【新橋】").doesNotStartWith("【中川】");
    }

    @Test
    void anIntransitiveVerbBlankIsOfferedOnlyIntransitiveVerbs() {
        // 大雨が（増えた） with 立てた / 和らげた / 設けた: only the key can take 大雨が without an object
        QuizSource s = QuizTexts.source("t", List.of("大雨が増えたことを受けて、多くの都市は緑地を増やす計画を見直している。",
                "市は新しい計画を立てた。", "木陰は夏の暑さを和らげた。", "区は公園に休憩所を設けた。",
                "台風で電車が遅れた。", "大雨で古い木が倒れた。", "停電で部屋の空気が冷えた。", "大雨で川の水が流れた。", "地震で古い橋が崩れた。", "市民は会議で意見を述べた。"));
        List<Question> qs = QuizTexts.clozes(s, "増えた");
        assertThat(qs).isNotEmpty();
        for (Question q : qs) assertThat(q.choices()).as(q.toString()).doesNotContain("立てた", "和らげた", "設けた");
        List<QuizSource.QuizSentence> all = s.sentences();
        assertThat(ConjugatedBlank.valency(all.get(0).tokens(), 2)).isEqualTo(ConjugatedBlank.Valency.INTRANSITIVE);
        assertThat(ConjugatedBlank.usedAs("立てる", ConjugatedBlank.Valency.TRANSITIVE, all)).isTrue();
        assertThat(ConjugatedBlank.usedAs("立てる", ConjugatedBlank.Valency.INTRANSITIVE, all)).isFalse();
    }

    @Test
    void aNounBlankIsOfferedNoPersonWordThatAlsoFitsAndAnAgentOnlyAgents() {
        // （学生）の待ち合わせ場所 with 人; （鉄道会社）は駅舎の再建に取り組み with 人口 / 資金
        QuizSource history = QuizTexts.fixture("history-dates.txt");
        for (Question q : QuizTexts.clozes(history, "学生")) assertThat(q.choices()).as(q.toString()).doesNotContain("人");
        for (Question q : QuizTexts.clozes(history, "鉄道会社"))
            assertThat(q.choices()).as(q.toString()).allMatch(ConjugatedBlank::agent);
        // バスの運転手が足りない地域では、路面電車が（住民）の足を支える with 子ども
        for (Question q : QuizTexts.clozes(QuizTexts.fixture("tram-explainer.txt"), "住民"))
            assertThat(q.choices()).as(q.toString()).doesNotContain("子ども", "人々");
        QuizSource s = QuizTexts.source("t", List.of("戦後、鉄道会社は駅舎の再建に取り組み、1948年10月に新しい駅舎が完成した。",
                "沿線の人口は減っている。", "会は資金を集めた。", "政府は補助金を出した。", "住民は署名を集めた。",
                "市長は計画を発表した。", "記者は事実を調べた。", "北浜市は鉄道の存続を求めた。"));
        // since the seventh sample no plain noun is blanked (SeventhSampleTest), so the agent's slot is not asked;
        // agent() still keeps people and organisations out of a verbal noun's distractors
        assertThat(QuizTexts.clozes(s, "鉄道会社")).isEmpty();
        assertThat(ConjugatedBlank.agent("鉄道会社")).isTrue();
        assertThat(ConjugatedBlank.agent("政府")).isTrue();
        assertThat(ConjugatedBlank.agent("人口")).isFalse();
        assertThat(ConjugatedBlank.agent("都市")).isFalse();
    }
}
