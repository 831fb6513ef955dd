package dev.yomu.text;

import static dev.yomu.text.RomajiKana.toHiragana;
import static dev.yomu.text.RomajiKana.toKatakana;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomajiKanaTest {

    @Test
    void convertsPlainSyllables() {
        assertThat(toHiragana("aiueo")).isEqualTo("あいうえお");
        assertThat(toHiragana("sakana")).isEqualTo("さかな");
        assertThat(toHiragana("taberu")).isEqualTo("たべる");
        assertThat(toHiragana("hiragana")).isEqualTo("ひらがな");
    }

    @Test
    void acceptsHepburnAndImeSpellings() {
        assertThat(toHiragana("shi")).isEqualTo(toHiragana("si")).isEqualTo("し");
        assertThat(toHiragana("chi")).isEqualTo(toHiragana("ti")).isEqualTo("ち");
        assertThat(toHiragana("tsu")).isEqualTo(toHiragana("tu")).isEqualTo("つ");
        assertThat(toHiragana("fu")).isEqualTo(toHiragana("hu")).isEqualTo("ふ");
        assertThat(toHiragana("ji")).isEqualTo(toHiragana("zi")).isEqualTo("じ");
        assertThat(toHiragana("ja")).isEqualTo(toHiragana("jya")).isEqualTo(toHiragana("zya")).isEqualTo("じゃ");
        assertThat(toHiragana("sha")).isEqualTo(toHiragana("sya")).isEqualTo("しゃ");
        assertThat(toHiragana("cho")).isEqualTo(toHiragana("tyo")).isEqualTo("ちょ");
        assertThat(toHiragana("di")).isEqualTo("ぢ");
        assertThat(toHiragana("du")).isEqualTo("づ");
    }

    @Test
    void convertsContractedSounds() {
        assertThat(toHiragana("kyou")).isEqualTo("きょう");
        assertThat(toHiragana("ryokou")).isEqualTo("りょこう");
        assertThat(toHiragana("gyuunyuu")).isEqualTo("ぎゅうにゅう");
        assertThat(toHiragana("hyaku")).isEqualTo("ひゃく");
        assertThat(toHiragana("byouin")).isEqualTo("びょういん");
        assertThat(toHiragana("myaku")).isEqualTo("みゃく");
        assertThat(toHiragana("pyon")).isEqualTo("ぴょん");
    }

    @Test
    void doubledConsonantsBecomeSmallTsu() {
        assertThat(toHiragana("kka")).isEqualTo("っか");
        assertThat(toHiragana("gakkou")).isEqualTo("がっこう");
        assertThat(toHiragana("zasshi")).isEqualTo("ざっし");
        assertThat(toHiragana("kitte")).isEqualTo("きって");
        assertThat(toHiragana("ippai")).isEqualTo("いっぱい");
        assertThat(toHiragana("matcha")).isEqualTo("まっちゃ");
        assertThat(toHiragana("maccha")).isEqualTo("まっちゃ");
    }

    @Test
    void syllabicN() {
        assertThat(toHiragana("nn")).isEqualTo("ん");
        assertThat(toHiragana("n'")).isEqualTo("ん");
        assertThat(toHiragana("kin'en")).isEqualTo("きんえん");
        assertThat(toHiragana("kinen")).isEqualTo("きねん");
        assertThat(toHiragana("hon'ya")).isEqualTo("ほんや");
        assertThat(toHiragana("honya")).isEqualTo("ほにゃ");
        assertThat(toHiragana("sensei")).isEqualTo("せんせい");
        assertThat(toHiragana("shinbun")).isEqualTo("しんぶん");
        assertThat(toHiragana("hon")).isEqualTo("ほん");
    }

    @Test
    void doubleNBeforeVowelKeepsTheSecondNForTheSyllable() {
        // Hepburn writes ん + な as "nna"; IME typists write "nnna". Both mean みんな.
        assertThat(toHiragana("minna")).isEqualTo("みんな");
        assertThat(toHiragana("minnna")).isEqualTo("みんな");
        assertThat(toHiragana("konnichiha")).isEqualTo("こんにちは");
        assertThat(toHiragana("konnnichiha")).isEqualTo("こんにちは");
        assertThat(toHiragana("onnyo")).isEqualTo("おんにょ");
    }

    @Test
    void trailingNStaysWhileTyping() {
        assertThat(toHiragana("hon", true)).isEqualTo("ほn");
        assertThat(toHiragana("hon", false)).isEqualTo("ほん");
        assertThat(toHiragana("honn", true)).isEqualTo("ほん");
        assertThat(toHiragana("n", true)).isEqualTo("n");
        assertThat(toHiragana("kan", true)).isEqualTo("かn");
        assertThat(toHiragana("kana", true)).isEqualTo("かな");
    }

    @Test
    void unfinishedSyllablesStayAsTyped() {
        assertThat(toHiragana("tabe", true)).isEqualTo("たべ");
        assertThat(toHiragana("taber", true)).isEqualTo("たべr");
        assertThat(toHiragana("ky", true)).isEqualTo("ky");
        assertThat(toHiragana("sh")).isEqualTo("sh");
    }

    @Test
    void dashIsLongVowelMark() {
        assertThat(toHiragana("ra-men")).isEqualTo("らーめん");
        assertThat(toKatakana("ra-men")).isEqualTo("ラーメン");
    }

    @Test
    void smallKanaWithXOrL() {
        assertThat(toHiragana("xtu")).isEqualTo("っ");
        assertThat(toHiragana("ltsu")).isEqualTo("っ");
        assertThat(toHiragana("xa")).isEqualTo("ぁ");
        assertThat(toHiragana("lyo")).isEqualTo("ょ");
        assertThat(toHiragana("kixya")).isEqualTo("きゃ");
    }

    @Test
    void woIsParticleO() {
        assertThat(toHiragana("wo")).isEqualTo("を");
        assertThat(toHiragana("hon wo yomu")).isEqualTo("ほん を よむ");
    }

    @Test
    void kanaAndOtherCharactersPassThrough() {
        assertThat(toHiragana("たべru")).isEqualTo("たべる");
        assertThat(toHiragana("カタkana")).isEqualTo("カタかな");
        assertThat(toKatakana("ひらkana")).isEqualTo("ひらカナ");
        assertThat(toHiragana("日本go")).isEqualTo("日本ご");
        assertThat(toHiragana("")).isEmpty();
    }

    @Test
    void isCaseInsensitive() {
        assertThat(toHiragana("SaKaNa")).isEqualTo("さかな");
    }

    @Test
    void convertsToKatakana() {
        assertThat(toKatakana("konpyu-ta-")).isEqualTo("コンピューター");
        assertThat(toKatakana("kitto")).isEqualTo("キット");
        assertThat(toKatakana("vaiorin")).isEqualTo("ヴァイオリン");
        assertThat(toKatakana("fairu")).isEqualTo("ファイル");
        assertThat(toKatakana("pan", true)).isEqualTo("パn");
    }
}
