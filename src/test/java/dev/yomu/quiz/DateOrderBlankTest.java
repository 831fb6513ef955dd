package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A date blank beside another date of the sentence: judged sample 8 (seed 2626) rejected
 * 「11月29日からパリで連合国会議、（　　）からは最高軍事会議を開き」 with 12月1日 among earlier dates,
 * since only one choice comes after 11月29日. Wrong dates must keep the answer's side of the other date.
 */
class DateOrderBlankTest {
    static final QuizSource TIMELINE = QuizTexts.source("timeline", List.of(
            "1月10日に市長が新しい案を示した。",
            "2月1日に委員会が作られた。",
            "3月5日に最初の報告が出た。",
            "4月2日から東京で準備会議、4月20日からは本会議を開き、計画を話し合った。",
            "5月3日に計画が発表された。",
            "6月1日に工事が始まった。",
            "7月7日に開通式が行われた。"));

    static List<Question> factsOn(String answer) {
        List<Question> out = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++)
            for (Question q : new ContentQuestions(TIMELINE, new SplittableRandom(seed)).candidates())
                if (q.kind() == QuestionKind.FACT && q.answerText().equals(answer) && QuestionRules.violation(q, TIMELINE.text()).isEmpty())
                    out.add(q);
        return out;
    }

    static long when(String date) {
        return Figure.parse(date).chronological();
    }

    @Test
    void theLaterDateOfTheSentenceIsAskedAmongLaterDatesOnly() {
        List<Question> asked = factsOn("4月20日");
        assertThat(asked).as("the blank is still asked when the article has three later dates").isNotEmpty();
        for (Question q : asked)
            for (String c : q.choices()) assertThat(when(c)).as(q.prompt() + " " + q.choices()).isGreaterThan(when("4月2日"));
    }

    @Test
    void theEarlierDateOfTheSentenceIsAskedAmongEarlierDatesOnly() {
        List<Question> asked = factsOn("4月2日");
        assertThat(asked).isNotEmpty();
        for (Question q : asked)
            for (String c : q.choices()) assertThat(when(c)).as(q.prompt() + " " + q.choices()).isLessThan(when("4月20日"));
    }

    static final QuizSource PLAN = QuizTexts.source("plan", List.of(
            "町の人口は1990年代から減り始めた。",
            "2000年代には駅前の店が次々に閉まった。",
            "2010年代に市は新しい計画をつくった。",
            "2020年代に入って工事の準備が始まった。",
            "市は新しい駅の完成を2040年代前半に目指す。"));

    @Test
    void aPlannedDateIsNotAskedAmongDatesAlreadyPast() {
        // judged sample 8 (news-quotes, seed 2626): 「総事業費は約380億円で、（　　）の開業を目指す」 with 2010年代前半
        int asked = 0;
        for (long seed = 1; seed <= 20; seed++)
            for (Question q : new ContentQuestions(PLAN, new SplittableRandom(seed)).candidates()) {
                if (q.kind() != QuestionKind.FACT || !q.answerText().equals("2040年代前半")) continue;
                asked++;
                for (String c : q.choices()) assertThat(Figure.parse(c).value()).as(q.choices().toString()).isGreaterThanOrEqualTo(2030);
            }
        assertThat(asked).isPositive();
    }

    @Test
    void datesOrderWithinTheirType() {
        assertThat(when("12月1日")).isGreaterThan(when("11月29日"));
        assertThat(when("1919年4月")).isGreaterThan(when("1918年12月"));
        assertThat(when("2019年3月3日")).isLessThan(when("2019年3月10日"));
        assertThat(Figure.parse("2030年代").chronological()).isEqualTo(-1);
    }
}
