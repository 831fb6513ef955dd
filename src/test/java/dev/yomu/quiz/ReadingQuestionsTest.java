package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second independent judged sample's reading failures (quiz/judged/independent-sample-2.tsv), each
 * on its judged sentence with the real tokenizer and bundled dictionary: distractors are misreadings
 * of the word's own kanji, in standard kana, and a reading that rendaku makes doubtful is not asked.
 */
class ReadingQuestionsTest {

    private static List<Question> readings(QuizSource source, String lemma) {
        List<Question> out = new ArrayList<>();
        for (Question q : QuizTexts.asked(source, QuestionKind.READING))
            if (q.prompt().startsWith("【" + lemma + "】")) out.add(q);
        return out;
    }

    @Test
    void distractorsAreMisreadingsOfTheSameKanjiNotOtherWordsReadings() {
        QuizSource s = QuizTexts.source("t", List.of(
                "ウラジーミル・プーチンは、彼らが干渉した場合、彼らは大きな結果に直面するだろうと言った。",
                "実際、ロシアの奥深くにある標的に対する長距離ミサイルの使用が承認されれば、紛争は長引く。",
                "二つの部隊は統合され、兵器の混合が進んだ。", "政府は市民の援助を決め、支援を続けた。"));
        List<Question> asked = new ArrayList<>();
        asked.addAll(readings(s, "場合"));
        asked.addAll(readings(s, "長距離"));
        asked.addAll(readings(s, "援助"));
        assertThat(asked).isNotEmpty();
        for (Question q : asked)
            assertThat(q.choices()).as(q.toString()).doesNotContain("こんごう", "とうごう", "ながびく", "ぢょうきょり", "しえん");
        // 開発 offered じょうはつ (蒸発), 戦争 ふんそう (紛争): another word's reading, even with a kanji's reading shared
        QuizSource shared = QuizTexts.source("t", List.of("開発によって緑地が減った。", "水が蒸発して空気が冷える。",
                "紛争の激化と対話の欠如は危険だ。", "戦争に勝つとは限らない。"));
        List<Question> sharedAsked = new ArrayList<>(readings(shared, "開発"));
        sharedAsked.addAll(readings(shared, "戦争"));
        assertThat(sharedAsked).isNotEmpty();
        for (Question q : sharedAsked)
            assertThat(q.choices()).as(q.toString()).doesNotContain("じょうはつ", "ふんそう");
    }

    @Test
    void nearMissesUseNoRendakuOnlyKana() {
        assertThat(ReadingVariants.of("ちょうきょり")).doesNotContain("ぢょうきょり").isNotEmpty();
        assertThat(ReadingVariants.of("つうか")).doesNotContain("づうか");
        // judged 5-news-quotes and the tram article: こどもう, おとうずれる, かいものう are no one's slip
        assertThat(ReadingVariants.of("こども", "子ども")).doesNotContain("こどもう").isNotEmpty();
        assertThat(ReadingVariants.of("おとずれる", "訪れる")).doesNotContain("おとうずれる");
        assertThat(ReadingVariants.of("かいもの", "買い物")).doesNotContain("かいものう", "かいもうの");
        assertThat(ReadingVariants.of("こうじ", "工事")).contains("こじ");
    }

    @Test
    void aReadingRendakuMakesDoubtfulIsNotAsked() {
        // 運転手不足 reads うんてんしゅぶそく, as 人手不足 ひとでぶそく: the dictionary's ふそく may be wrong
        QuizSource s = QuizTexts.source("t", List.of(
                "同社の佐藤明美社長は、運転手不足が続いているため、路線の再編は避けられないと明かした。",
                "市民は会議で意見を述べた。"));
        assertThat(readings(s, "不足")).isEmpty();
        QuizSource alone = QuizTexts.source("t", List.of("人員の不足が続いているため、路線の再編は避けられない。",
                "市民は会議で意見を述べた。"));
        assertThat(readings(alone, "不足")).isNotEmpty();
    }
}
