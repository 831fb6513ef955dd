package dev.yomu.dict;

import dev.yomu.text.JapaneseTokenizer;
import dev.yomu.text.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompoundFinderTest {
    private static final JapaneseTokenizer TOKENIZER = new JapaneseTokenizer();

    private static DictEntry entry(String headword, String reading) {
        return new DictEntry(List.of(headword), List.of(reading), List.of(new Sense(List.of("n"), List.of("gloss"))), false);
    }

    private static Token noun(String surface, String reading, String detail, int begin) {
        return new Token(surface, surface, reading, reading, "名詞", detail, begin, begin + surface.length());
    }

    private static List<String> surfaces(List<Token> tokens) {
        return tokens.stream().map(Token::surface).toList();
    }

    @Test
    void joinsNounAndSuffixIntoTheDictionaryWord() {
        CompoundFinder finder = new CompoundFinder(TestDictionaries.bundled());

        List<Token> merged = finder.merge(TOKENIZER.tokenize("米国の重要な同盟国として"));

        Token doumeikoku = merged.stream().filter(t -> t.surface().equals("同盟国")).findFirst().orElseThrow();
        assertThat(doumeikoku.reading()).isEqualTo("どうめいこく");
        assertThat(doumeikoku.pos()).isEqualTo("名詞");
        assertThat(doumeikoku.posDetail()).isEqualTo(CompoundFinder.COMPOUND);
        assertThat(doumeikoku.begin()).isEqualTo(6);
        assertThat(doumeikoku.end()).isEqualTo(9);
        assertThat(surfaces(merged)).containsSubsequence("同盟国", "として");
    }

    @Test
    void findsTheLongestCompoundAcrossSeveralTokens() {
        CompoundFinder finder = new CompoundFinder(TestDictionaries.bundled());

        assertThat(surfaces(finder.merge(TOKENIZER.tokenize("ソ休戦協定が結ばれた")))).contains("休戦協定");
        assertThat(surfaces(finder.merge(TOKENIZER.tokenize("ジョン・カービー報道官は")))).contains("報道官");
    }

    @Test
    void picksTheDictionaryReadingClosestToThePartsReadings() {
        MemoryLexicon lexicon = MemoryLexicon.of(List.of(entry("核兵器", "かくへいき"), entry("国防総省", "こくぼうそうしょう"),
                new DictEntry(List.of("国防総省"), List.of("こくぼうそうしょ"), List.of(new Sense(List.of("n"), List.of("x"))), true)));
        CompoundFinder finder = new CompoundFinder(lexicon);

        List<Token> kaku = finder.merge(List.of(noun("核", "かく", "一般", 0), noun("兵器", "へいき", "一般", 1)));
        List<Token> kokubou = finder.merge(List.of(noun("国防", "こくぼう", "一般", 0), noun("総省", "そうしょう", "一般", 2)));

        assertThat(kaku).singleElement().satisfies(t -> assertThat(t.reading()).isEqualTo("かくへいき"));
        assertThat(kokubou).singleElement().satisfies(t -> assertThat(t.reading()).isEqualTo("こくぼうそうしょう"));
    }

    @Test
    void neverGluesParticlesNumbersOrNames() {
        MemoryLexicon lexicon = MemoryLexicon.of(List.of(entry("同盟国", "どうめいこく"), entry("国と", "くにと"),
                entry("三月", "さんがつ"), entry("田中氏", "たなかし")));
        CompoundFinder finder = new CompoundFinder(lexicon);
        List<Token> tokens = List.of(
                noun("同盟", "どうめい", "サ変接続", 0), noun("国", "こく", "接尾,一般", 2),
                new Token("と", "と", "と", "と", "助詞", "格助詞,一般", 3, 4),
                noun("三", "さん", "数", 4), noun("月", "がつ", "接尾,助数詞", 5),
                noun("田中", "たなか", "固有名詞,人名,姓", 6), noun("氏", "し", "接尾,人名", 8));

        assertThat(surfaces(finder.merge(tokens))).containsExactly("同盟国", "と", "三", "月", "田中", "氏");
    }

    @Test
    void neverStartsACompoundWithASuffix() {
        MemoryLexicon lexicon = MemoryLexicon.of(List.of(entry("官房", "かんぼう")));
        CompoundFinder finder = new CompoundFinder(lexicon);

        List<Token> merged = finder.merge(List.of(noun("官", "かん", "接尾,一般", 0), noun("房", "ぼう", "一般", 1)));

        assertThat(surfaces(merged)).containsExactly("官", "房");
    }

    private static Token token(List<Token> tokens, String surface) {
        return tokens.stream().filter(t -> t.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + surface + " in " + surfaces(tokens)));
    }

    @Test
    void joinsANoExpressionTheDictionaryListsAndNoOther() {
        CompoundFinder finder = new CompoundFinder(TestDictionaries.bundled());

        List<Token> merged = finder.merge(TOKENIZER.tokenize("寒の戻りで、今朝は霜が降りた。"));
        assertThat(token(merged, "寒の戻り").reading()).isEqualTo("かんのもどり");
        assertThat(surfaces(finder.merge(TOKENIZER.tokenize("交渉の余地がある。")))).containsSubsequence("交渉", "の", "余地");
    }

    @Test
    void movesACharacterWhereIpadicCutTheWrongCommonWords() {
        CompoundFinder finder = new CompoundFinder(TestDictionaries.bundled());

        List<Token> merged = finder.merge(TOKENIZER.tokenize("バス業界では運転手不足が深刻だ。"));

        assertThat(surfaces(merged)).containsSubsequence("運転手", "不足").doesNotContain("手不足", "運転");
        assertThat(token(merged, "運転手").reading()).isEqualTo("うんてんしゅ");
        assertThat(token(merged, "不足").reading()).isEqualTo("ふそく");
        assertThat(token(merged, "不足").surfaceReading()).isEqualTo("ぶそく"); // 運転手不足 うんてんしゅぶそく
    }

    @Test
    void neverJoinsAWordAcrossANumberAndItsCounter() {
        CompoundFinder finder = new CompoundFinder(TestDictionaries.bundled());

        assertThat(surfaces(finder.merge(TOKENIZER.tokenize("撤退期限の8月末より早く")))).containsSubsequence("8", "月", "末")
                .doesNotContain("月末");
        Token gorin = token(finder.merge(TOKENIZER.tokenize("桜が五輪以上咲いた。")), "五輪");
        assertThat(gorin.posDetail()).startsWith("数"); // five blossoms, not the Olympics
        assertThat(token(finder.merge(TOKENIZER.tokenize("五輪の開会式を見た。")), "五輪").posDetail()).doesNotStartWith("数");
    }

    @Test
    void aCompoundMayHoldANumberThatIsNotItsCount() {
        CompoundFinder finder = new CompoundFinder(TestDictionaries.bundled());

        List<Token> merged = finder.merge(TOKENIZER.tokenize("第一次世界大戦からの離脱"));

        assertThat(token(merged, "第一次世界大戦").reading()).isEqualTo("だいいちじせかいたいせん");
    }
}
