package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate for statement choices; each case is one the generators before issue 13 let through. */
class StatementRulesTest {
    private static final String ARTICLE = "対ソ干渉戦争\n"
            + "結局、パリ連合国会議は革命干渉については結論を得られず散会した。\n"
            + "さらに翌日、トロツキーは帝政ロシアの締結した秘密条約を公表する声明を出した。\n"
            + "ソヴィエト政府のドイツの単独和平交渉に対しては、フランスのクレマンソーらが強硬に反対した。\n";

    private static Question q(QuestionKind kind, List<String> choices, String evidence, String explanation) {
        return new Question(kind, "本文の内容と合っているものはどれか。", choices, 0, evidence, explanation, 0);
    }

    @Test
    void aStatementCopiedFromTheArticleIsDropped() {
        Question copied = q(QuestionKind.AGREEMENT, List.of("さらに翌日、トロツキーは帝政ロシアの締結した秘密条約を公表する声明を出した。",
                "パリ連合国会議は結論を得たのは1919年のことだ。", "独ソ休戦協定が成立したのは1918年のことだ。", "日本軍が撤退したのは1920年のことだ。"),
                "さらに翌日、トロツキーは帝政ロシアの締結した秘密条約を公表する声明を出した。", "");
        assertThat(QuestionRules.violation(copied, ARTICLE)).hasValueSatisfying(v -> assertThat(v).contains("copied"));
    }

    @Test
    void twoChoicesThatDifferOnlyByANegationAreDropped() {
        assertThat(StatementRules.negationTwins("フランスのクレマンソーらが強硬に反対した。", "フランスのクレマンソーらが強硬に反対しなかった。")).isTrue();
        assertThat(StatementRules.negationTwins("協定がある。", "協定がない。")).isTrue();
        assertThat(StatementRules.negationTwins("独ソ休戦協定が成立したのは1917年のことだ。", "独ソ休戦協定が成立したのは1918年のことだ。")).isFalse();
        Question twins = q(QuestionKind.AGREEMENT, List.of("パリ連合国会議は結論を得られず散会したのは1919年のことだ。",
                "フランスのクレマンソーらが強硬に反対したのは、講和の後のことだ。", "フランスのクレマンソーらが強硬に反対しなかったのは、講和の後のことだ。",
                "日本軍が撤退したのは1922年のことだ。"), "結局、パリ連合国会議は革命干渉については結論を得られず散会した。", "");
        assertThat(QuestionRules.violation(twins, ARTICLE)).hasValueSatisfying(v -> assertThat(v).contains("negation"));
    }

    @Test
    void brokenNegativesAndEndingsAreDropped() {
        for (String bad : List.of("トロツキーは秘密条約を公表する声明を出しなかった。", "パリ連合国会議は結論を知っていない。",
                "日本軍は撤退しなかったなかった。", "パリ連合国会議は革命干渉については結論を得られず散会")) {
            Question q = q(QuestionKind.AGREEMENT, List.of(bad, "独ソ休戦協定が成立したのは1917年のことだ。",
                    "日本軍が撤退したのは1922年のことだ。", "英仏軍が上陸したのは1918年のことだ。"), "結局、パリ連合国会議は革命干渉については結論を得られず散会した。", "");
            if (!bad.endsWith("。")) q = q(QuestionKind.AGREEMENT, List.of(bad + "ので。", "独ソ休戦協定が成立したのは1917年のことだ。",
                    "日本軍が撤退したのは1922年のことだ。", "英仏軍が上陸したのは1918年のことだ。"), "結局、パリ連合国会議は革命干渉については結論を得られず散会した。", "");
            assertThat(QuestionRules.violation(q, ARTICLE)).as(bad).isPresent();
        }
        assertThat(StatementRules.violation(q(QuestionKind.AGREEMENT, List.of("会が反対しない。", "会が反対しなかったのは1988年のことだ。",
                "駅舎が完成したのは1948年のことだ。", "列車の本数が半分に減らされたのは、燃料が不足したためだ。"), "x", ""), ARTICLE)).isEmpty();
    }

    @Test
    void aChronologyChoiceWithAHoleWhereTheDateWasIsDropped() {
        Question holed = q(QuestionKind.CHRONOLOGY, List.of("ソヴィエト政府が赤軍を採用したのはであり、攻勢を強めた。", "日本軍が撤退した。",
                "英仏軍がムルマンスクに上陸した。", "独ソ休戦協定が成立した。"), "結局、パリ連合国会議は革命干渉については結論を得られず散会した。",
                "本文の日付: 1917年12月15日「独ソ休戦協定が成立した」 → 1918年3月「英仏軍がムルマンスクに上陸した」");
        assertThat(QuestionRules.violation(holed, ARTICLE)).hasValueSatisfying(v -> assertThat(v).contains("ungrammatical"));
    }

    @Test
    void eventsOfTheSameYearWithoutAMonthAreNotRanked() {
        assertThat(StatementRules.tie("本文の日付: 1912年「路線が延びた」 → 1912年「本社を移した」 → 1944年「本数が減らされた」")).isTrue();
        assertThat(StatementRules.tie("本文の日付: 1955年「全線が電化された」 → 1955年9月「新しい車両が届いた」")).isTrue();
        assertThat(StatementRules.tie("本文の日付: 1944年「本数が減らされた」 → 1912年「本社を移した」")).isTrue();
        assertThat(StatementRules.tie("本文の日付: 1955年3月「全線が電化された」 → 1955年9月「新しい車両が届いた」 → 1970年「廃止された」")).isFalse();
        Question tied = q(QuestionKind.CHRONOLOGY, List.of("路線が川辺町まで延びた。", "鉄道会社は本社を川辺町に移した。",
                "列車の本数が半分に減らされた。", "新しい駅舎が完成した。"), "結局、パリ連合国会議は革命干渉については結論を得られず散会した。",
                "本文の日付: 1912年「路線が川辺町まで延びた」 → 1912年「鉄道会社は本社を川辺町に移した」 → 1944年「列車の本数が半分に減らされた」 → 1948年10月「新しい駅舎が完成した」");
        assertThat(QuestionRules.violation(tied, ARTICLE)).hasValueSatisfying(v -> assertThat(v).contains("same date"));
    }

    @Test
    void continuativeFormsArePutIntoThePast() {
        assertThat(Clauses.continuativeToPast("し", "する")).hasValue("した");
        assertThat(Clauses.continuativeToPast("集め", "集める")).hasValue("集めた");
        assertThat(Clauses.continuativeToPast("延び", "延びる")).hasValue("延びた");
        assertThat(Clauses.continuativeToPast("起こり", "起こる")).hasValue("起こった");
        assertThat(Clauses.continuativeToPast("出し", "出す")).hasValue("出した");
        assertThat(Clauses.continuativeToPast("行き", "行く")).hasValue("行った");
        assertThat(Clauses.continuativeToPast("書き", "書く")).hasValue("書いた");
        assertThat(Clauses.continuativeToPast("泳ぎ", "泳ぐ")).hasValue("泳いだ");
        assertThat(Clauses.continuativeToPast("読み", "読む")).hasValue("読んだ");
        assertThat(Clauses.continuativeToPast("使い", "使う")).hasValue("使った");
        assertThat(Clauses.continuativeToPast("い", "いる")).hasValue("いた");
    }

    @Test
    void aTopicBecomesASubjectInsideANounClause() {
        assertThat(CauseQuestions.asNounClause("会は3万人分の署名を集めた")).hasValue("会が3万人分の署名を集めた");
        assertThat(CauseQuestions.asNounClause("アスファルトやコンクリートは熱をためやすい")).hasValue("アスファルトやコンクリートが熱をためやすい");
        assertThat(CauseQuestions.asNounClause("特に夏は冷房を使う家庭が多い")).isEmpty();
        assertThat(CauseQuestions.asNounClause("最初の区間が完成した")).hasValue("最初の区間が完成した");
    }
}
