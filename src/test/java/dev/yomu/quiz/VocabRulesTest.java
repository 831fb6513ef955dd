package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quiz.QuizMaker.Mix;
import dev.yomu.quiz.QuizSource.VocabWord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's vocabulary and heading rules on an explainer of our own (articles/tram-explainer.txt),
 * analysed by the real tokenizer and dictionary: no give-away meanings, whole-word blanks, one right
 * answer per cloze and per heading.
 */
class VocabRulesTest {
    static QuizSource tram;
    static final int SEEDS = 40;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = VocabRulesTest.class.getResourceAsStream("/quiz/articles/tram-explainer.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            tram = QuizTexts.source("tram", lines);
        }
    }

    static List<Question> vocab(QuizSource source) {
        return QuizTexts.vocabCandidates(source, SEEDS);
    }

    static VocabWord word(QuizSource source, String lemma) {
        return source.words().stream().filter(w -> w.lemma().equals(lemma)).findFirst().orElseThrow(() -> new AssertionError(lemma + " not a study word"));
    }

    @Test
    void loanwordsRomanisationsAndNamesAreNeverAskedByMeaning() {
        assertThat(GlossGiveaways.reason(word(tram, "バス"))).isEqualTo("loanword");
        assertThat(GlossGiveaways.reason(word(tram, "路線バス"))).isEqualTo("loanword");
        assertThat(GlossGiveaways.reason(word(tram, "新橋"))).isEqualTo("romanisation");
        for (Question q : vocab(tram)) {
            if (q.kind() == QuestionKind.MEANING)
                assertThat(q.prompt()).as(q.toString()).doesNotContain("【バス】", "【路線バス】", "【新橋】", "【カード】");
            if (q.kind() == QuestionKind.MEANING || q.kind() == QuestionKind.REVERSE)
                assertThat(q.choices()).as(q.toString()).doesNotContain("バス", "路線バス", "新橋", "カード", "bus", "Shinbashi", "card")
                        .noneMatch(c -> c.startsWith("Shinbashi"));
        }
    }

    @Test
    void aRomanisationIsToldFromAnEnglishGloss() {
        assertThat(GlossGiveaways.romanisation("Tokyo", "とうきょう")).isTrue();
        assertThat(GlossGiveaways.romanisation("Shinbashi (section of Tokyo)", "しんばし")).isTrue();
        assertThat(GlossGiveaways.romanisation("harbour", "みなと")).isFalse();
        assertThat(GlossGiveaways.properName("United Kingdom")).isTrue();
        assertThat(GlossGiveaways.properName("mayor")).isFalse();
    }

    @Test
    void meaningIsTheSenseTheTextUses() {
        for (Question q : vocab(tram)) {
            if (q.kind() != QuestionKind.MEANING && q.kind() != QuestionKind.REVERSE) continue;
            if (q.prompt().startsWith("【明かす】")) assertThat(q.answerText()).isEqualTo("to reveal");
            if (q.prompt().startsWith("【対応】")) assertThat(q.answerText()).isEqualTo("dealing with");
            assertThat(q.prompt()).as(q.toString()).doesNotContain("「to pass", "「correspondence", "「space (", "「time (");
            // 住民の間で / 工事の間: one gloss cannot be right in both
            assertThat(q.prompt()).as(q.toString()).doesNotContain("【間】");
            assertThat(q.choices()).doesNotContain("space (between)", "time (between)", "pass (the night)", "correspondence (to)");
        }
    }

    @Test
    void aBlankIsAWholeWordInTheFormTheTextUses() {
        List<Question> context = vocab(tram).stream().filter(q -> q.kind() == QuestionKind.CONTEXT).toList();
        assertThat(context).hasSizeGreaterThan(20);
        for (Question q : context) {
            // 「説明会は市役所で（行わ）れ」: the passive belongs in the blank
            assertThat(q.prompt()).as(q.toString()).doesNotContainPattern("（　　）(れ|られ|せ|させ|ませ)");
            // 人手不足 cut into 人 + 手不足, かも|しれ|ません
            assertThat(q.prompt()).as(q.toString()).doesNotContain("人（　　）").doesNotContain("も（　　）");
            for (String c : q.choices()) assertThat(c).as(q.toString()).doesNotStartWith("しれ").isNotEqualTo("手不足");
        }
    }

    @Test
    void noDistractorTheArticleUsesInTheSameFrame() {
        for (Question q : vocab(tram)) {
            if (q.kind() != QuestionKind.CONTEXT) continue;
            // 各停留場では路線バスに乗り継げる / 自転車に乗り継げる: both fit the slot before に
            if (q.prompt().contains("（　　）に乗り継げる")) {
                List<String> vehicles = new ArrayList<>(List.of("自転車", "路線バス", "バス"));
                vehicles.remove(q.answerText());
                assertThat(q.choices()).as(q.toString()).doesNotContainAnyElementsOf(vehicles);
            }
            // 「…」と（語った）: every speech verb the article uses after a quote fits
            if (q.prompt().contains("」と（　　）"))
                assertThat(q.choices()).as(q.toString()).noneMatch(c -> c.matches("(語っ|話し|明かし|指摘し).*") && !c.equals(q.answerText()));
        }
    }

    @Test
    void aHeadingIsAskedOnlyWhenNoChoicesWordsAreInTheExcerpt() {
        // each heading's key words, as a reader would match them
        java.util.Map<String, List<String>> keys = java.util.Map.of(
                "路面電車の計画", List.of("路面電車", "計画"), "バスとの乗り継ぎ", List.of("バス", "乗り継"),
                "運賃の仕組み", List.of("運賃", "仕組み"), "運転士の不足", List.of("運転士", "不足"),
                "住民の声", List.of("住民", "声"), "町の未来", List.of("町", "未来"));
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (Question q : new SectionQuestions(tram, new SplittableRandom(seed)).candidates()) {
                String excerpt = q.prompt().substring(q.prompt().indexOf('\n') + 1);
                for (String c : q.choices())
                    assertThat(keys.get(c)).as(q.toString()).noneMatch(excerpt::contains);
            }
        }
    }

    /** The article's answer key: the in-context sense of each keyed word, and words never asked by meaning. */
    @Test
    void meaningQuestionsAgreeWithTheArticlesKey() throws IOException {
        List<String[]> key;
        try (InputStream in = VocabRulesTest.class.getResourceAsStream("/quiz/articles/tram-explainer.key.tsv")) {
            key = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
        }
        int checked = 0;
        for (Question q : vocab(tram)) {
            if (q.kind() != QuestionKind.MEANING) continue;
            for (String[] k : key) {
                if (!q.prompt().startsWith("【" + k[1] + "】")) continue;
                assertThat(k[0]).as(q.toString()).isEqualTo("sense");
                assertThat(q.answerText()).as(q.toString()).contains(k[2]);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }
}
