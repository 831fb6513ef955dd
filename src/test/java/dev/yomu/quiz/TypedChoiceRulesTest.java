package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate's typed-choice rules and the typing they rest on, each on a case the issue found in the
 * generated quizzes (井上 / 井上勝, a person among places, 「1万（　）」, 「（　）代前半」).
 */
class TypedChoiceRulesTest {
    private static final String ARTICLE = "港南商店会の会長を務める井上勝さん（68）は「若い人が来てくれるきっかけになれば」と話した。"
            + "1日平均の利用者数は1万2000人と見込んでいる。総事業費は約380億円で、2030年代前半の開業を目指す。";

    private static Question fact(String shown, String answer, String... wrong) {
        return new Question(QuestionKind.FACT, "本文の内容に合うように、" + Texts.BLANK + "に入る最も適切なものを選びなさい。\n" + shown,
                concat(answer, wrong), 0, "1日平均の利用者数は1万2000人と見込んでいる。", "本文にある。", 0);
    }

    private static List<String> concat(String first, String... rest) {
        List<String> out = new java.util.ArrayList<>(List.of(first));
        out.addAll(List.of(rest));
        return out;
    }

    @Test
    void oneEntityIsOneChoice() {
        Question q = new Question(QuestionKind.SPEAKER, "本文で、次のように話したのはだれか。\n「若い人が来てくれるきっかけになれば」",
                List.of("井上勝さん", "井上さん", "高橋誠一市長", "森田由紀教授"), 0, "港南商店会の会長を務める井上勝さん（68）は「若い人が来てくれるきっかけになれば」と話した。", "x", 0);
        assertThat(QuestionRules.violation(q, ARTICLE)).get().asString().contains("one entity");
    }

    @Test
    void aPersonAmongPlacesIsNotAsked() {
        Question q = fact("…（　　）から乗り換える。", "北浜駅", "港南公園停留場", "高橋誠一市長", "JR中央駅");
        assertThat(QuestionRules.violation(q, ARTICLE)).get().asString().contains("types");
    }

    @Test
    void aBlankMayNotCutAFigure() {
        assertThat(QuestionRules.violation(fact("1日平均の利用者数は1万（　　）と見込んでいる。", "2000人", "3000人", "4000人", "5000人"), ARTICLE))
                .get().asString().contains("cuts a figure");
        assertThat(QuestionRules.violation(fact("総事業費は約380億円で、（　　）代前半の開業を目指す。", "2030年", "2020年", "2040年", "2010年"), ARTICLE))
                .get().asString().contains("cuts a figure");
    }

    @Test
    void figuresAreWholeAndOfOneUnitAndSize() {
        assertThat(QuestionRules.violation(fact("運賃は大人200円、子ども（　　）とする方針だ。", "100円", "150億円", "200円", "300円"), ARTICLE))
                .get().asString().contains("size");
        assertThat(QuestionRules.violation(fact("1日平均の利用者数は（　　）と見込んでいる。", "1万2000人", "1万12万人", "9000人", "1万人"), ARTICLE))
                .get().asString().contains("whole figure");
        assertThat(QuestionRules.violation(fact("1日平均の利用者数は（　　）と見込んでいる。", "1万2000人", "1万2000円", "9000人", "1万人"), ARTICLE))
                .get().asString().contains("units");
        assertThat(QuestionRules.violation(fact("1日平均の利用者数は（　　）と見込んでいる。", "1万2000人", "1万5000人", "9000人", "1万人"), ARTICLE)).isEmpty();
    }

    @Test
    void aFigureIsReadWholeWithItsUnitsAndQualifiers() {
        assertThat(Span.numbers("1日平均の利用者数は1万2000人と見込んでいる。")).extracting(Span::text).containsExactly("1万2000人");
        assertThat(Span.numbers("総事業費は約380億円で、2030年代前半の開業を目指す。")).extracting(Span::text, Span::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("約380億円", "count:円"), org.assertj.core.groups.Tuple.tuple("2030年代前半", "date:decade"));
        assertThat(Span.numbers("特に日本は7万以上の兵力を投入した。")).extracting(Span::text).containsExactly("7万以上");
        assertThat(Span.numbers("日本は7万人以上の兵力を投入した。")).extracting(Span::text).containsExactly("7万人以上");
        assertThat(Span.numbers("国は事業費の最大3分の1を補助できる。")).extracting(Span::text).containsExactly("最大3分の1");
    }

    @Test
    void aStationIsAPlaceAndAnAcronymSpelledOutIsNoName() {
        List<Span> station = Span.entities(ArticleSources.sentence("明治5年、新橋駅と横浜駅の間に鉄道が開通した。"));
        assertThat(station).extracting(Span::text, Span::type).contains(org.assertj.core.groups.Tuple.tuple("新橋駅", "place"));
        List<Span> stop = Span.entities(ArticleSources.sentence("臨海地区の港南公園停留場までを約35分で結ぶ。"));
        assertThat(stop).extracting(Span::text, Span::type).contains(org.assertj.core.groups.Tuple.tuple("港南公園停留場", "place"));
        assertThat(Span.entities(ArticleSources.sentence("市は次世代型路面電車（LRT）の整備計画を発表した。"))).extracting(Span::text).doesNotContain("LRT");
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullBefore() {
        ArticleEntities names = new ArticleEntities(List.of(
                ArticleSources.sentence("港南商店会の会長を務める井上勝さん（68）は「若い人が来てくれるきっかけになれば」と話した。"),
                ArticleSources.sentence("井上さんの店は1970年代から続く和菓子店だ。"),
                ArticleSources.sentence("記者会見で高橋誠一市長は「街をつくりたい」と述べた。")));
        assertThat(names.canonical("井上")).isEqualTo("井上勝");
        assertThat(names.sameEntity("井上", "井上勝")).isTrue();
        assertThat(names.display("井上")).isEqualTo("井上勝さん");
        assertThat(names.ofType("person")).containsExactly("井上勝", "高橋誠一");
    }

    // The independent judged sample's one-of-a-kind choices (quiz/judged/independent-sample.tsv), on the judged sentences.
    private static final String NEWS = ArticleSources.resource("/quiz/articles/news-quotes.txt");
    private static final String HISTORY = "1918年8月に入り、共同出兵をアメリカのウィルソン大統領が提唱してから本格化した。"
            + "この最初のシベリア出兵プランはフランス代表のフォッシュ将軍によって出された。レーニンは講和を急いだ。"
            + "スターリンも反対した。細谷千博によれば、計画は複雑だった。クレマンソー首相らと会談を持った。";

    @Test
    void theOnlyNewspaperOrCompanyAmongOtherKindsIsNotAsked() {
        Question paper = new Question(QuestionKind.FACT, "本文の内容に合うように、" + Texts.BLANK + "に入る最も適切なものを選びなさい。\n地元紙の"
                + Texts.BLANK + "によると、北浜市では駅前の再開発と合わせて…", List.of("港南新報", "みなと交通", "港南商店会", "国土交通省"), 0,
                "地元紙の港南新報によると、北浜市では駅前の再開発と合わせて、北浜駅から大学までの約6キロを結ぶ案が有力だという。", "x", 0);
        assertThat(TypedChoiceRules.subKindViolation(paper, NEWS)).isPresent();
        Question company = new Question(QuestionKind.FACT, "本文の内容に合うように、" + Texts.BLANK + "に入る最も適切なものを選びなさい。\n地元のバス会社、"
                + Texts.BLANK + "は「路面電車と重なる路線を見直し…", List.of("みなと交通", "港南商店会", "港南新報", "国土交通省"), 0, "x", "x", 0);
        assertThat(TypedChoiceRules.subKindViolation(company, NEWS)).isPresent();
        Question reported = new Question(QuestionKind.SPEAKER, "本文で、次のように報じたのはどこか。\n「…」",
                List.of("The Times紙", "アルメニア軍", "NATO", "The Daily Telegraph紙"), 0, "x", "x", 0);
        assertThat(TypedChoiceRules.subKindViolation(reported, "The Times紙は報じた。")).isPresent();
    }

    @Test
    void aNameTakesTheKindOfItsTitleInTheArticle() {
        assertThat(TypedChoiceRules.subKind("ウィルソン", HISTORY)).isEqualTo("person: head of state");
        assertThat(TypedChoiceRules.subKind("フォッシュ", HISTORY)).isEqualTo("person: officer");
        Question president = fact("…共同出兵をアメリカの（　　）大統領が提唱してから本格化した。", "ウィルソン", "スターリン", "フォッシュ", "レーニン");
        assertThat(TypedChoiceRules.subKindViolation(president, HISTORY)).isPresent();
        Question general = fact("…フランス代表の（　　）将軍によって出された", "フォッシュ", "細谷千博", "レーニン", "クレマンソー");
        assertThat(TypedChoiceRules.subKindViolation(general, HISTORY)).isPresent();
        Question railway = fact("…アメリカ軍と日本軍によって（　　）を共同管理する", "シベリア鉄道", "パリ", "モスクワ", "オデッサ");
        assertThat(TypedChoiceRules.subKindViolation(railway, HISTORY)).isPresent();
        Question cities = fact("…（　　）で暴動が起こった", "オデッサ", "パリ", "モスクワ", "ウラジヴォストーク");
        assertThat(TypedChoiceRules.subKindViolation(cities, HISTORY)).isEmpty();
    }
}
