package dev.yomu.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void halfWidthKatakanaBecomesFullWidthWithVoicingMarksComposed() {
        assertThat(cleaner.clean("ｶﾞｯｺｳﾃﾞﾊﾟｰﾃｨｰ")).isEqualTo("ガッコウデパーティー");
        assertThat(cleaner.clean("｢ｱｲｳ｣､ﾃｽﾄ｡ﾄﾞﾗｲﾊﾞｰ･ｿﾌﾄ")).isEqualTo("「アイウ」、テスト。ドライバー・ソフト");
    }

    @Test
    void fullWidthLettersAndDigitsBecomeAscii() {
        assertThat(cleaner.clean("ＮＡＴＯは２０２１年にＦ－３５ｂを")).isEqualTo("NATOは2021年にF－35bを");
    }

    @Test
    void japanesePunctuationAndSymbolsAreKept() {
        // Full NFKC would turn these into ASCII look-alikes (!, ?, (, ~, 1, a plain space)
        String japanese = "「本当？」『はい！』（注）・ー～①　〜：";
        assertThat(cleaner.clean(japanese)).isEqualTo(japanese);
    }

    @Test
    void decomposedKanaIsComposed() {
        assertThat(cleaner.clean("か\u3099き\u3099")).isEqualTo("がぎ");
    }

    @Test
    void lineBreaksBecomeLf() {
        assertThat(cleaner.clean("一行目\r\n二行目\r三行目\n四行目\u2028五行目")).isEqualTo("一行目\n二行目\n三行目\n四行目\n五行目");
    }

    @Test
    void ansiColourAndCursorSequencesAreRemoved() {
        assertThat(cleaner.clean("\u001b[31m赤い\u001b[0m文字\u001b[2J\u001b[1;1H")).isEqualTo("赤い文字");
    }

    @Test
    void oscTitleSequencesAreRemovedWithBelOrStTerminator() {
        assertThat(cleaner.clean("前\u001b]0;evil title\u0007後")).isEqualTo("前後");
        assertThat(cleaner.clean("前\u001b]8;;http://x\u001b\\リンク\u001b]8;;\u001b\\後")).isEqualTo("前リンク後");
    }

    @Test
    void unterminatedOscStopsAtLineEnd() {
        assertThat(cleaner.clean("前\u001b]0;title without end\n次の行")).isEqualTo("前\n次の行");
    }

    @Test
    void loneEscAndCharsetSwitchesAreRemoved() {
        assertThat(cleaner.clean("あ\u001bい\u001b(Bう\u001b")).isEqualTo("あいう");
    }

    @Test
    void c0AndC1ControlsAreRemovedTabsBecomeSpaces() {
        assertThat(cleaner.clean("あ\u0000い\u0007う\u007fお\u0080か\u009b31mき\tく")).isEqualTo("あいうおかき く");
    }

    /** What readline echoes for a correction, and the overstrike of manual pages, as the screen showed them. */
    @Test
    void backspacesTakeBackWhatTheTerminalShowedBeforeThem() {
        assertThat(cleaner.clean("$ lss\b\u001b[K -l")).isEqualTo("$ ls -l");
        assertThat(cleaner.clean("$ lss\b \b -l")).isEqualTo("$ ls -l");
        assertThat(cleaner.clean("_\bN_\bO\tB\bBo\bol\bld")).isEqualTo("NO Bold");
        // a kanji or kana is two columns wide: readline backs over it with two backspaces
        assertThat(cleaner.clean("撤退のし\b\b\u001b[Kお知らせ")).isEqualTo("撤退のお知らせ");
        assertThat(cleaner.clean("撤退のし\b\b  \b\bお知らせ")).isEqualTo("撤退のお知らせ");
        assertThat(cleaner.clean("一行目\n\b\b二行目")).isEqualTo("一行目\n二行目");
    }

    @Test
    void zeroWidthBomsAndBidiOverridesAreRemoved() {
        assertThat(cleaner.clean("\uFEFF日\u200B本\u200C語\u200D\u2060の\u202Eテ\u202Cキスト\uFEFF")).isEqualTo("日本語のテキスト");
    }

    @Test
    void variationSelectorsAreRemovedSoKanjiReachTheDictionary() {
        assertThat(cleaner.clean("葛\uDB40\uDD00城市⚡\uFE0F")).isEqualTo("葛城市⚡");
    }

    @Test
    void noBreakSpaceBecomesSpaceAndTrailingSpacesGo() {
        assertThat(cleaner.clean("\u00A0あ\u00A0い  \n う \u3000")).isEqualTo(" あ い\n う \u3000");
    }

    @Test
    void cleanedTextHasNoControlsButLf() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xA0; c++) all.append(c).append('字');
        String cleaned = cleaner.clean(all.toString());
        assertThat(cleaned.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c < 0xA0)).isEmpty();
    }
}
