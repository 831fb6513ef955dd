package dev.yomu.article.select;

import dev.yomu.deck.WordKind;
import dev.yomu.dict.TestDictionaries;
import dev.yomu.text.JapaneseTokenizer;
import dev.yomu.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DictionaryFormsTest {
    private static JapaneseTokenizer tokenizer;
    private static DictionaryForms forms;
    private static StudyWords studyWords;

    @BeforeAll
    static void setUp() {
        tokenizer = new JapaneseTokenizer();
        forms = new DictionaryForms(TestDictionaries.bundled());
        studyWords = new StudyWords(tokenizer, TestDictionaries.bundled());
    }

    /** The study word over {@code surface} in {@code sentence}. */
    private static Optional<WordOccurrence> wordAt(String sentence, String surface) {
        int at = sentence.indexOf(surface);
        return studyWords.find(sentence).stream()
                .filter(w -> w.kind() == WordKind.STUDY && w.begin() < at + surface.length() && w.end() > at).findFirst();
    }

    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource(delimiter = ';', textBlock = """
            新宿で乗り継げる電車を探した。; 乗り継げる; 乗り継ぐ; のりつぐ
            帰りに本屋に立ち寄れる時間がなかった。; 立ち寄れる; 立ち寄る; たちよる
            駅から歩いて通える距離に住みたい。; 通える; 通う; かよう
            この漢字は読めるが、書けない。; 読める; 読む; よむ
            この漢字は読めるが、書けない。; 書け; 書く; かく
            弟はまだ泳げない。; 泳げ; 泳ぐ; およぐ
            約束を守れない人だ。; 守れ; 守る; まもる
            """)
    void potentialsTheDictionaryLacksGoBackToTheirVerb(String sentence, String surface, String lemma, String reading) {
        assertThat(wordAt(sentence, surface)).hasValueSatisfying(w -> {
            assertThat(w.lemma()).isEqualTo(lemma);
            assertThat(w.reading()).isEqualTo(reading);
        });
    }

    @ParameterizedTest(name = "{1} in {0} stays {1}")
    @CsvSource(delimiter = ';', textBlock = """
            彼は英語が話せる。; 話せる
            この本はよく売れる。; 売れる
            夜になると星がよく見える。; 見える
            彼女は大阪で生まれる予定だ。; 生まれる
            核対決は避けられない。; 避け
            """)
    void verbsTheDictionaryHasStayThemselves(String sentence, String surface) {
        String lemma = surface.endsWith("る") ? surface : surface + "る";
        assertThat(wordAt(sentence, surface)).hasValueSatisfying(w -> assertThat(w.lemma()).isEqualTo(lemma));
    }

    @Test
    void aTransitiveVerbIsThePotentialOfItsPartnerOnlyOnClearEvidence() {
        assertThat(wordAt("空港に近づけない避難民がいる。", "近づけ")).hasValueSatisfying(w -> assertThat(w.lemma()).isEqualTo("近づく"));
        assertThat(wordAt("部屋に入れない。", "入れ")).hasValueSatisfying(w -> {
            assertThat(w.lemma()).isEqualTo("入る");
            // 入る on its own is はいる (いる lives on only in 気に入る): "cannot enter" is はいれない
            assertThat(w.reading()).isEqualTo("はいる");
        });
        assertThat(wordAt("空港に辿り着けずに取り残された。", "着け")).hasValueSatisfying(w -> assertThat(w.lemma()).isEqualTo("着く"));

        assertThat(wordAt("彼には伝えない方がいい。", "伝え")).hasValueSatisfying(w -> assertThat(w.lemma()).isEqualTo("伝える"));
        assertThat(wordAt("冷蔵庫に入れないでください。", "入れ")).hasValueSatisfying(w -> assertThat(w.lemma()).isEqualTo("入れる"));
        assertThat(wordAt("顔を近づけない。", "近づけ")).hasValueSatisfying(w -> assertThat(w.lemma()).isEqualTo("近づける"));
        assertThat(wordAt("選挙に向けて準備を進めている。", "向け")).hasValueSatisfying(w -> assertThat(w.lemma()).isEqualTo("向ける"));
        assertThat(wordAt("もう続けない。", "続け")).hasValueSatisfying(w -> assertThat(w.lemma()).isEqualTo("続ける"));
    }

    @Test
    void aNaAdjectiveCutByTheTokenizerKeepsItsWord() {
        String sentence = "米国が頑なに拒否してきた。";
        assertThat(wordAt(sentence, "頑")).hasValueSatisfying(w -> {
            assertThat(w.lemma()).isEqualTo("頑な");
            assertThat(w.reading()).isEqualTo("かたくな");
            assertThat(sentence.substring(w.begin(), w.end())).isEqualTo("頑な");
        });
        List<Token> tokens = forms.apply(tokenizer.tokenize(sentence));
        assertThat(tokens).extracting(Token::surface).containsSubsequence("頑な", "に", "拒否");
        assertThat(String.join("", tokens.stream().map(Token::surface).toList())).isEqualTo(sentence);
    }

    @Test
    void anAdverbialFormBeforeNaruIsItsAdjective() {
        assertThat(wordAt("駅に近くなれば、家賃も高くなる。", "近く")).hasValueSatisfying(w -> {
            assertThat(w.lemma()).isEqualTo("近い");
            assertThat(w.reading()).isEqualTo("ちかい");
        });
        assertThat(wordAt("駅の近くに住んでいる。", "近く")).hasValueSatisfying(w -> assertThat(w.lemma()).isEqualTo("近く"));
    }

    @Test
    void tokensKeepTheirSurfaceOffsetsAndSurfaceReading() {
        List<Token> before = tokenizer.tokenize("新宿で乗り継げる電車を探した。");
        List<Token> after = forms.apply(before);
        Token potential = after.get(2);
        assertThat(potential.surface()).isEqualTo("乗り継げる");
        assertThat(potential.lemma()).isEqualTo("乗り継ぐ");
        assertThat(potential.surfaceReading()).isEqualTo(before.get(2).surfaceReading());
        assertThat(potential.begin()).isEqualTo(before.get(2).begin());
    }

    @Test
    void aSentenceWithNothingToChangeIsReturnedAsItIs() {
        List<Token> tokens = tokenizer.tokenize("猫が魚を食べた。");
        assertThat(forms.apply(tokens)).isSameAs(tokens);
    }
}
