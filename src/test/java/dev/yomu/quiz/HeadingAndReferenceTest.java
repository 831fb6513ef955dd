package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The independent judged sample's heading (3 of 9 valid) and reference (0 of 3) failures, on the
 * fixture articles with the real tokenizer and dictionary: a heading whose words the excerpt repeats
 * is not asked, and a reference's choices are the article's own phrases, earlier events, and
 * grammatical こと clauses.
 */
class HeadingAndReferenceTest {
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path home;

    private static List<Question> of(QuizSource s, QuestionKind kind) {
        List<Question> out = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++) {
            out.addAll(new SectionQuestions(s, new SplittableRandom(seed)).candidates());
            out.addAll(new ReferenceQuestions(s, new SplittableRandom(seed)).candidates());
        }
        return out.stream().filter(q -> q.kind() == kind).toList();
    }

    @Test
    void aHeadingWhoseWordsTheExcerptRepeatsIsNotAsked() {
        // judged: 「利用者の減少」 over 「利用者はその後も減り続け」, 「海からの風」 over 「海から涼しい風が吹く」
        for (String name : List.of("history-dates", "explainer-causes")) {
            for (Question q : of(QuizTexts.fixture(name + ".txt"), QuestionKind.HEADING)) {
                String excerpt = q.prompt().substring(q.prompt().indexOf('\n') + 1);
                assertThat(excerpt).as(q.toString()).doesNotContain("利用者", "専門家", "アスファルト", "風");
                assertThat(excerpt).as(q.toString()).doesNotStartWith("そのため").doesNotStartWith("これ");
            }
        }
        assertThat(HeadingKeys.variant("減少", "利用者はその後も減り続け")).isTrue();
    }

    @Test
    void aThingReferenceOffersOnlyPhrasesOfTheArticle() {
        // judged: 「この舗装」 with 「補助金を出す舗装」「冷房を使う舗装」, made up by gluing clauses to 舗装
        QuizSource s = QuizTexts.fixture("explainer-causes.txt");
        for (Question q : of(s, QuestionKind.REFERENCE))
            for (String c : q.choices())
                if (!c.endsWith("こと")) assertThat(s.text()).as(q.toString()).contains(c);
    }

    @Test
    void anEventReferenceOffersEarlierEventsAsGrammaticalClauses() {
        // judged: 「1974年には、川辺町の工場が閉鎖されたこと」 and distractors from 2005 and 2016 for a 1998 event
        QuizSource s = ArticleSources.imported("/quiz/articles/history-dates.txt", home);
        List<Question> refs = of(s, QuestionKind.REFERENCE);
        assertThat(refs).isNotEmpty();
        String text = s.text();
        for (Question q : refs) {
            String asked = q.prompt().substring(q.prompt().indexOf('\n') + 1);
            for (String c : q.choices()) {
                assertThat(c).as(q.toString()).doesNotContain("には", "では", "は、");
                assertThat(c).as(q.toString()).doesNotContain("2005年", "2016年");
            }
            assertThat(text.indexOf(asked)).isPositive();
        }
    }
}
