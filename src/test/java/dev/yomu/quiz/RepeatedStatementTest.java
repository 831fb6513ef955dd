package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Judged sample 8 (seed 2626, explainer-causes): one 30-question quiz asked thirteen 内容一致
 * questions over the same four causes, the false statement often repeating another choice's reason
 * (「…のは、大雨が増えたためだ」 twice, one of them true); the history article's quiz put the same three
 * events in order twice with the labels shuffled.
 */
class RepeatedStatementTest {
    @TempDir
    static Path home;
    static QuizSource explainer;
    static QuizSource history;

    @BeforeAll
    static void load() {
        explainer = ArticleSources.imported("/quiz/articles/explainer-causes.txt", home);
        history = ArticleSources.imported("/quiz/articles/history-dates.txt", home);
    }

    @Test
    void noTwoChoicesOfAStatementQuestionGiveOneReason() {
        int reasons = 0;
        for (long seed = 1; seed <= 20; seed++)
            for (Question q : new AgreementQuestions(explainer, new SplittableRandom(seed)).candidates()) {
                List<String> given = new ArrayList<>();
                for (String c : q.choices()) if (c.endsWith("ためだ。")) given.add(c.substring(c.indexOf("のは、") + 3));
                reasons += given.size();
                assertThat(given).as(q.choices().toString()).doesNotHaveDuplicates();
            }
        assertThat(reasons).as("the article's causes are still asked").isPositive();
    }

    @Test
    void aQuizAsksEachSetOfStatementsOrEventsOnce() {
        int asked = 0;
        for (QuizSource source : List.of(explainer, history))
            for (long seed = 1; seed <= 10; seed++) {
                List<Question> picked = new ArrayList<>();
                for (Question q : QuizMaker.make(source, List.of(), QuizMaker.Mix.COMPREHENSION, 30, seed, Set.of()).questions()) {
                    if (q.kind() == QuestionKind.AGREEMENT || q.kind() == QuestionKind.CHRONOLOGY) asked++;
                    assertThat(QuizMaker.repeats(q, picked)).as(q + " after " + picked).isFalse();
                    picked.add(q);
                }
            }
        assertThat(asked).isPositive();
    }

    @Test
    void aWhyQuestionAndAStatementOfItsReasonAreNotAskedTogether() {
        Question why = new Question(QuestionKind.CAUSE, "本文によると、道路が熱いのはなぜか。",
                List.of("熱をためやすいため。", "雨が増えたため。", "風が弱いため。", "人が多いため。"), 0, "", "", 0);
        Question statement = new Question(QuestionKind.AGREEMENT, "本文の内容と合っているものはどれか。",
                List.of("道路が熱いのは、熱をためやすいためだ。", "町が暗いのは、雨が増えたためだ。", "川が速いのは、風が弱いためだ。",
                        "店が混むのは、人が多いためだ。"), 0, "", "", 0);
        Question otherStatement = new Question(QuestionKind.AGREEMENT, "本文の内容と合っているものはどれか。",
                List.of("町が暗いのは、雨が増えたためだ。", "川が速いのは、風が弱いためだ。", "店が混むのは、人が多いためだ。",
                        "駅が遠いのは、道が狭いためだ。"), 0, "", "", 0);
        assertThat(QuizMaker.repeats(statement, List.of(why))).isTrue();
        assertThat(QuizMaker.repeats(why, List.of(statement))).isTrue();
        assertThat(QuizMaker.repeats(otherStatement, List.of(why))).isFalse();
    }

    @Test
    void anOrderingWithItsLabelsShuffledIsARepeat() {
        Question first = new Question(QuestionKind.CHRONOLOGY, "本文によると、次のア～ウの出来事を古い順に並べたものはどれか。\nア　Aが起きた。\nイ　Bが起きた。\nウ　Cが起きた。",
                List.of("ア→イ→ウ", "イ→ア→ウ", "ウ→イ→ア", "ア→ウ→イ"), 0, "", "", 0);
        Question shuffled = new Question(QuestionKind.CHRONOLOGY, "本文によると、次のア～ウの出来事を古い順に並べたものはどれか。\nア　Cが起きた。\nイ　Aが起きた。\nウ　Bが起きた。",
                List.of("イ→ウ→ア", "ア→イ→ウ", "ウ→ア→イ", "イ→ア→ウ"), 0, "", "", 0);
        Question other = new Question(QuestionKind.CHRONOLOGY, "本文によると、次のア～ウの出来事を古い順に並べたものはどれか。\nア　Dが起きた。\nイ　Eが起きた。\nウ　Aが起きた。",
                List.of("ア→イ→ウ", "イ→ア→ウ", "ウ→イ→ア", "ア→ウ→イ"), 0, "", "", 0);
        assertThat(QuizMaker.repeats(shuffled, List.of(first))).isTrue();
        assertThat(QuizMaker.repeats(other, List.of(first))).isFalse();
    }
}
