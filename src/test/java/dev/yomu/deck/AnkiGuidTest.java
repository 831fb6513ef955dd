package dev.yomu.deck;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnkiGuidTest {

    @Test
    void guidIsAsciiPrefixedAndStable() {
        String guid = AnkiGuid.of("認める", "みとめる");
        assertThat(guid).matches("yomu-[0-9a-f]{24}");
        assertThat(AnkiGuid.of("認める", "みとめる")).isEqualTo(guid);
    }

    @Test
    void guidIgnoresKanaScriptAndNormalisationOfTheInput() {
        assertThat(AnkiGuid.of("認める", "ミトメル")).isEqualTo(AnkiGuid.of("認める", "みとめる"));
        assertThat(AnkiGuid.of("か\u3099く", "がく")).isEqualTo(AnkiGuid.of("がく", "がく"));
    }

    @Test
    void differentReadingsAreDifferentNotes() {
        assertThat(AnkiGuid.of("生", "なま")).isNotEqualTo(AnkiGuid.of("生", "せい"));
    }
}
