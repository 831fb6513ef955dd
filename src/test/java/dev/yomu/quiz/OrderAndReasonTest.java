package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The independent judged sample's logic give-aways in chronology and 内容一致 (an order common sense
 * fixes: a company founded, the first section, a recovery after a fall) and its ungrammatical reason
 * clause (a topic は inside ため), on the history-dates fixture imported as `yomu import` does.
 */
class OrderAndReasonTest {
    @TempDir
    static Path home;
    static QuizSource history;

    @BeforeAll
    static void load() {
        history = ArticleSources.imported("/quiz/articles/history-dates.txt", home);
    }

    @Test
    void noOrderQuestionRestsOnAnEventThatPlacesItself() {
        int asked = 0;
        for (long seed = 1; seed <= 20; seed++) {
            for (Question q : new ChronologyQuestions(history, new SplittableRandom(seed)).candidates()) {
                asked++;
                // 「最初の区間が完成した」 is obviously first; 「鉄道会社を設立した」 comes before all else
                assertThat(q.prompt() + q.choices()).as(q.toString()).doesNotContain("最初", "設立", "回復");
            }
            for (Question q : new AgreementQuestions(history, new SplittableRandom(seed)).candidates())
                for (String c : q.choices())
                    if (c.endsWith("後のことだ。")) assertThat(c).as(q.toString()).doesNotContain("最初", "設立", "回復");
        }
        assertThat(asked).isPositive();
        assertThat(ChronologyQuestions.placesItself("地元の商人たちが鉄道会社を設立した")).isTrue();
        assertThat(ChronologyQuestions.placesItself("全線が電化された")).isFalse();
    }

    @Test
    void aReasonReadsTheSameInBothKindsAndHasNoTopicInside() {
        // judged: 「遠くからも客が訪れるようになったのは、沿線の人口は減っているためだ」
        assertThat(ReasonClause.because("沿線の人口は減っている")).contains("沿線の人口が減っているため");
        for (long seed = 1; seed <= 20; seed++) {
            for (Question q : new CauseQuestions(history, new SplittableRandom(seed)).candidates())
                for (String c : q.choices()) assertThat(c).as(q.toString()).endsWith("ため。").doesNotContain("人口は");
            for (Question q : new AgreementQuestions(history, new SplittableRandom(seed)).candidates())
                for (String c : q.choices())
                    if (c.endsWith("ためだ。")) assertThat(c.substring(c.indexOf("のは、"))).as(q.toString()).doesNotContain("人口は");
        }
    }

    @Test
    void theKeyIsNeverTheOnlyStatementOfItsFrame() {
        // judged (independent-sample-2, 6-history-dates, seed 404): the one 「…後のことだ」 among three
        // 「…のは[year]のことだ」 was the false statement, found by its shape alone
        int asked = 0;
        for (long seed = 1; seed <= 30; seed++)
            for (Question q : new AgreementQuestions(history, new SplittableRandom(seed)).candidates()) {
                asked++;
                String form = AgreementQuestions.form(q.answerText());
                assertThat(q.choices().stream().filter(c -> AgreementQuestions.form(c).equals(form)).count())
                        .as(q.toString()).isGreaterThan(1);
            }
        assertThat(asked).isPositive();
    }

    @Test
    void noCauseDistractorRestatesTheEffectOrArguesForTheOpposite() {
        // third judged sample: 川辺駅の利用者が大きく減ったのはなぜか with 利用者が減り続けた (circular)
        // and しおかぜ号は景色が楽しめる (why visitors came: the opposite change)
        for (long seed = 1; seed <= 30; seed++)
            for (Question q : new CauseQuestions(history, new SplittableRandom(seed)).candidates())
                if (q.prompt().contains("利用者が大きく減った"))
                    assertThat(q.choices()).as(q.toString()).noneMatch(c -> c.contains("利用者") || c.contains("しおかぜ号"));
    }
}
