package dev.yomu.text;

import dev.yomu.text.Furigana.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FuriganaTest {

    @Test
    void pureKanjiWordIsOneGroup() {
        assertThat(Furigana.segments("同盟国", "どうめいこく")).containsExactly(new Segment("同盟国", "どうめいこく"));
        assertThat(Furigana.anki("同盟国", "どうめいこく")).isEqualTo("同盟国[どうめいこく]");
        assertThat(Furigana.inline("同盟国", "どうめいこく")).isEqualTo("同盟国(どうめいこく)");
    }

    @Test
    void okuriganaStaysOutsideTheBrackets() {
        assertThat(Furigana.segments("認める", "みとめる"))
                .containsExactly(new Segment("認", "みと"), new Segment("める", null));
        assertThat(Furigana.anki("認める", "みとめる")).isEqualTo("認[みと]める");
        assertThat(Furigana.inline("認める", "みとめる")).isEqualTo("認(みと)める");
    }

    @Test
    void kanaBeforeKanjiGetsASpaceSoTheReadingSitsOnTheKanjiOnly() {
        assertThat(Furigana.segments("お茶", "おちゃ"))
                .containsExactly(new Segment("お", null), new Segment("茶", "ちゃ"));
        assertThat(Furigana.anki("お茶", "おちゃ")).isEqualTo("お 茶[ちゃ]");
    }

    @Test
    void severalKanjiGroupsAreAlignedSeparately() {
        assertThat(Furigana.segments("取り扱い", "とりあつかい")).containsExactly(
                new Segment("取", "と"), new Segment("り", null), new Segment("扱", "あつか"), new Segment("い", null));
        assertThat(Furigana.anki("取り扱い", "とりあつかい")).isEqualTo("取[と]り 扱[あつか]い");
        assertThat(Furigana.inline("取り扱い", "とりあつかい")).isEqualTo("取(と)り扱(あつか)い");
        assertThat(Furigana.anki("言い合い", "いいあい")).isEqualTo("言[い]い 合[あ]い");
    }

    @Test
    void katakanaWordsHaveNoFurigana() {
        assertThat(Furigana.segments("ミサイル", "みさいる")).containsExactly(new Segment("ミサイル", null));
        assertThat(Furigana.anki("ミサイル", "ミサイル")).isEqualTo("ミサイル");
        assertThat(Furigana.anki("ラーメン", "らーめん")).isEqualTo("ラーメン");
    }

    @Test
    void katakanaReadingsAreComparedInHiragana() {
        assertThat(Furigana.segments("認める", "ミトメル"))
                .containsExactly(new Segment("認", "みと"), new Segment("める", null));
        assertThat(Furigana.anki("ドイツ語", "ドイツゴ")).isEqualTo("ドイツ 語[ご]");
    }

    @Test
    void impossibleAlignmentFallsBackToTheWholeWord() {
        assertThat(Furigana.segments("認める", "みとめた")).containsExactly(new Segment("認める", "みとめた"));
        assertThat(Furigana.anki("認める", "みとめた")).isEqualTo("認める[みとめた]");
    }

    @Test
    void leadingSymbolsGetNoReadingAndDigitsDo() {
        assertThat(Furigana.anki("日・米", "にちべい")).isEqualTo("日・米[にちべい]");
        assertThat(Furigana.anki("日・米の", "にちべいの")).isEqualTo("日・米[にちべい]の");
        assertThat(Furigana.anki("#国", "くに")).isEqualTo("# 国[くに]");
        assertThat(Furigana.anki("3月", "さんがつ")).isEqualTo("3月[さんがつ]");
    }

    @Test
    void missingReadingLeavesTheWordPlain() {
        assertThat(Furigana.anki("同盟国", "")).isEqualTo("同盟国");
        assertThat(Furigana.anki("同盟国", null)).isEqualTo("同盟国");
        assertThat(Furigana.anki("同盟国", "*")).isEqualTo("同盟国");
        assertThat(Furigana.anki("鬱陶", "鬱陶")).isEqualTo("鬱陶");
    }

    @Test
    void sentenceFuriganaUsesSurfaceReadingsAndTheSpaceRule() {
        String sentence = "日本語を勉強する。";
        List<Token> tokens = List.of(
                token("日本", "にほん", 0), token("語", "ご", 2), token("を", "を", 3),
                token("勉強", "べんきょう", 4), token("する", "する", 6), token("。", "", 8));
        assertThat(Furigana.ankiSentence(tokens, sentence)).isEqualTo("日本[にほん]語[ご]を 勉強[べんきょう]する。");
    }

    @Test
    void sentenceFuriganaKeepsUntokenizedTextAndInflectedOkurigana() {
        String sentence = "昨日、食べ物を認めた";
        List<Token> tokens = List.of(
                token("昨日", "きのう", 0), token("食べ物", "たべもの", 3), token("を", "を", 6),
                token("認め", "みとめ", 7), token("た", "た", 9));
        assertThat(Furigana.ankiSentence(tokens, sentence)).isEqualTo("昨日[きのう]、 食[た]べ 物[もの]を 認[みと]めた");
    }

    @Test
    void asciiBracketsInTextCannotBeMistakenForReadings() {
        assertThat(Furigana.ankiSentence(List.of(token("注", "ちゅう", 1)), "[注]")).isEqualTo("［ 注[ちゅう]］");
    }

    private static Token token(String surface, String reading, int begin) {
        return new Token(surface, surface, reading, reading, "名詞", "", begin, begin + surface.length());
    }

    @Test
    void aNumberAndItsCounterShareOneReading() {
        assertThat(Furigana.anki("4月", "しがつ")).isEqualTo("4月[しがつ]");
        assertThat(Furigana.anki("10回", "じゅっかい")).isEqualTo("10回[じゅっかい]");
        assertThat(Furigana.inline("20歳", "はたち")).isEqualTo("20歳(はたち)");
    }

    @Test
    void digitsWithKanaGetTheirReadingAndPlainDigitsStayBare() {
        assertThat(Furigana.segments("3つ", "みっつ")).containsExactly(new Segment("3", "みっ"), new Segment("つ", null));
        assertThat(Furigana.anki("3つ", "みっつ")).isEqualTo("3[みっ]つ");
        assertThat(Furigana.segments("1918", "")).containsExactly(new Segment("1918", null));
    }
}
