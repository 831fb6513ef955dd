package dev.yomu.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingTest {

    @Test
    void aKatakanaWordReadsAsItIsWritten() {
        assertThat(Reading.asWritten("タリバン", "たりばん")).isEqualTo("タリバン");
        assertThat(Reading.asWritten("ポリシー", "ぽりしー")).isEqualTo("ポリシー");
        assertThat(Reading.asWritten("ジョン・カービー", "じょん・かーびー")).isEqualTo("ジョン・カービー");
    }

    @Test
    void aMixedWordKeepsItsKatakanaAndReadsItsKanjiInHiragana() {
        assertThat(Reading.asWritten("ロシア軍", "ろしあぐん")).isEqualTo("ロシアぐん");
        assertThat(Reading.asWritten("対ソ干渉戦争", "たいそかんしょうせんそう")).isEqualTo("たいソかんしょうせんそう");
        assertThat(Reading.asWritten("ドイツ語", "ドイツゴ")).isEqualTo("ドイツご");
    }

    @Test
    void kanjiAndHiraganaWordsKeepTheirHiraganaReading() {
        assertThat(Reading.asWritten("認める", "みとめる")).isEqualTo("みとめる");
        assertThat(Reading.asWritten("同盟国", "ドウメイコク")).isEqualTo("どうめいこく");
        assertThat(Reading.asWritten("ただし", "ただし")).isEqualTo("ただし");
    }

    @Test
    void anUnknownReadingStaysUnknownAndAMisfitStaysInHiragana() {
        assertThat(Reading.asWritten("米国", "")).isEmpty();
        assertThat(Reading.asWritten("ロシア軍", "ぐんたい")).isEqualTo("ぐんたい");
    }
}
