package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Judged sample 9 (explainer-causes, seed 3838): 【緑化】 keyed りょっか offered りょくか, which the
 * dictionary lists as well, so two choices were right. A reading the dictionary gives the word is no
 * wrong choice.
 */
class DictionaryReadingsTest {
    @TempDir
    static Path home;
    static QuizSource explainer;

    @BeforeAll
    static void load() {
        explainer = ArticleSources.imported("/quiz/articles/explainer-causes.txt", home);
    }

    static List<Question> readingQuestionsOn(QuizSource source, String lemma) {
        List<Question> out = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++)
            for (Question q : new VocabQuestions(source, new SplittableRandom(seed)).candidates(200))
                if (q.kind() == QuestionKind.READING && q.prompt().startsWith("【" + lemma + "】")) out.add(q);
        return out;
    }

    @Test
    void theQuizSourceKnowsEveryReadingTheDictionaryGivesAStudyWord() {
        assertThat(explainer.readings().get("緑化")).contains("りょっか", "りょくか");
    }

    @Test
    void noReadingQuestionOffersASecondDictionaryReading() {
        List<Question> asked = readingQuestionsOn(explainer, "緑化");
        // (with one near miss fewer, 緑化 may have too few wrong readings left to be asked at all)
        for (Question q : asked)
            assertThat(q.choices()).as(q.toString()).filteredOn(c -> c.equals("りょっか") || c.equals("りょくか")).hasSize(1);
        // without the dictionary's readings the generator does offer the other one: the rule is what keeps it out
        QuizSource blind = new QuizSource(explainer.title(), explainer.sentences(), explainer.words());
        assertThat(readingQuestionsOn(blind, "緑化")).anyMatch(q -> q.choices().containsAll(List.of("りょっか", "りょくか")));
    }
}
