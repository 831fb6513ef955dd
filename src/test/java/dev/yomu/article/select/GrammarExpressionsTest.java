package dev.yomu.article.select;

import dev.yomu.dict.TestDictionaries;
import dev.yomu.text.JapaneseTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrammarExpressionsTest {
    private static JapaneseTokenizer tokenizer;
    private static StudyWords studyWords;

    @BeforeAll
    static void setUp() {
        tokenizer = new JapaneseTokenizer();
        studyWords = new StudyWords(tokenizer, TestDictionaries.bundled());
    }

    private static List<String> lemmas(String sentence) {
        return studyWords.find(sentence).stream().map(WordOccurrence::lemma).toList();
    }

    /** Each expression of the table, in a sentence: found, and its leftover verb or noun is no card. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = ';', textBlock = """
            明日は雨が降るかもしれない。; かもしれない; しれる; 降る
            もう少し考えたほうがいいかもしれません。; かもしれない; しれる; 考える
            悪天候にもかかわらず、大勢の観客が集まった。; にもかかわらず; かかわる; 観客
            天候にかかわらず、試合は行われる。; にかかわらず; かかわる; 試合
            報道によると、犯人は三人組だった。; による; よる; 報道
            天気予報によれば、明日は晴れるそうだ。; による; よる; 天気予報
            予算をめぐる議論は深夜まで続いた。; をめぐる; めぐる; 議論
            金持ちだからといって、幸せだとは限らない。; とは限らない; 限る; 金持ち
            生活のために働かざるを得ない。; ざるを得ない; 得る; 働く
            彼が犯人に違いない。; に違いない; 違い; 犯人
            それは事実に相違ない。; に相違ない; 相違; 事実
            年齢を問わず、誰でも参加できる。; を問わず; 問う; 年齢
            それは単なるうわさにすぎない。; にすぎない; すぎる; うわさ
            そんな話はうそに決まっている。; に決まっている; 決まる; うそ
            英国を始めとする同盟国が反対した。; を始めとする; 始め; 英国
            これは努力の結果に他ならない。; に他ならない; 他; 努力
            """)
    void expressionsAreGrammarAndTheirPartsAreNoCards(String sentence, String expression, String leftover, String word) {
        assertThat(GrammarExpressions.bundled().find(tokenizer.tokenize(sentence))).contains(expression);
        assertThat(lemmas(sentence)).doesNotContain(leftover).contains(word);
    }

    /** IPADIC tags these as one particle (助詞,連語): they need no table row and give no card either. */
    @Test
    void compoundParticlesTheTokenizerKnowsAreNoCards() {
        assertThat(lemmas("政府に対する批判と環境に関する調査は、開会に際し、本日をもって、十年にわたって続いた。"))
                .doesNotContain("対する", "関する", "際する", "もつ", "わたる")
                .contains("批判", "調査", "開会", "本日");
    }

    @Test
    void theSameVerbsOutsideTheExpressionsAreStillWords() {
        assertThat(lemmas("彼はその事件に深くかかわった。")).contains("かかわる");
        assertThat(lemmas("会議の結論を問う。")).contains("問う");
        assertThat(lemmas("信頼を得る。")).contains("得る");
        assertThat(lemmas("入場者を成人に限る。")).contains("限る");
        assertThat(GrammarExpressions.bundled().find(tokenizer.tokenize("信頼を得る。"))).isEmpty();
    }

    @Test
    void aSentenceWithoutExpressionsCostsNoAllocation() {
        assertThat(GrammarExpressions.bundled().covered(tokenizer.tokenize("猫が魚を食べた。"))).isNull();
    }

    @Test
    void aRowWithOneTokenIsRejected() {
        assertThatThrownBy(() -> GrammarExpressions.parse(List.of("# comment", "かも\tかも")))
                .hasMessageContaining("line 2");
    }
}
