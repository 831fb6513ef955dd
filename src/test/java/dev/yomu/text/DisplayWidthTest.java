package dev.yomu.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Columns as terminals draw them (xterm, tmux, VTE with Unicode 9+ widths). */
class DisplayWidthTest {
    @Test
    void emojiAreTwoColumnsIncludingTheLightningInASeedTitle() {
        assertThat(DisplayWidth.of("⚡")).isEqualTo(2);
        assertThat(DisplayWidth.of("😀")).isEqualTo(2);
        assertThat(DisplayWidth.of("ルーカス・レイロス⚡モスクワ")).isEqualTo(28);
    }

    @Test
    void sequencesAreOnePicture() {
        assertThat(DisplayWidth.of("❤")).isEqualTo(1); // text presentation by default
        assertThat(DisplayWidth.of("❤\uFE0F")).isEqualTo(2); // VS16 asks for the emoji
        assertThat(DisplayWidth.of("👨\u200D👩\u200D👧")).isEqualTo(2); // ZWJ family
        assertThat(DisplayWidth.of("👍🏽")).isEqualTo(2); // skin tone
        assertThat(DisplayWidth.of("🇯🇵")).isEqualTo(2); // flag
    }

    @Test
    void cjkAndFullWidthAreTwoHalfWidthKanaOne() {
        assertThat(DisplayWidth.of("漢字かなカナ")).isEqualTo(12);
        assertThat(DisplayWidth.of("ＡＢ１")).isEqualTo(6);
        assertThat(DisplayWidth.of("ｶﾀｶﾅ")).isEqualTo(4);
        assertThat(DisplayWidth.of("。、「」")).isEqualTo(8);
    }

    @Test
    void combiningMarksAndZeroWidthCharactersTakeNoColumn() {
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("か\u3099")).isEqualTo(2);
        assertThat(DisplayWidth.of("a\u200Bb\u2060c\uFEFF")).isEqualTo(3);
    }

    @Test
    void cutsNeverSplitAPicture() {
        String s = "ab👨\u200D👩\u200D👧c";
        assertThat(DisplayWidth.cutIndex(s, 3)).isEqualTo(2);
        assertThat(DisplayWidth.cutIndex(s, 4)).isEqualTo(s.length() - 1);
    }
}
