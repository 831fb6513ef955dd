package dev.yomu.dict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlossTest {

    private static DictEntry entry(String headword, String reading, boolean common, String gloss) {
        return new DictEntry(List.of(headword), List.of(reading), List.of(new Sense(List.of("n"), List.of(gloss))), common);
    }

    @Test
    void prefersTheEntryWithTheSameReading() {
        MemoryLexicon lexicon = MemoryLexicon.of(List.of(entry("生", "せい", true, "life"), entry("生", "なま", false, "raw")));

        assertThat(Gloss.best(lexicon, "生", "なま")).hasValueSatisfying(e -> assertThat(e.firstGlosses(1)).isEqualTo("raw"));
        assertThat(Gloss.best(lexicon, "生", "ナマ")).hasValueSatisfying(e -> assertThat(e.firstGlosses(1)).isEqualTo("raw"));
    }

    @Test
    void prefersCommonWordsWhenTheReadingDoesNotDecide() {
        MemoryLexicon lexicon = MemoryLexicon.of(List.of(entry("生", "なま", false, "raw"), entry("生", "せい", true, "life")));

        assertThat(Gloss.best(lexicon, "生", "")).hasValueSatisfying(e -> assertThat(e.firstGlosses(1)).isEqualTo("life"));
    }

    @Test
    void findsRealWordsInTheBundledDictionary() {
        MemoryLexicon lexicon = TestDictionaries.bundled();

        assertThat(Gloss.best(lexicon, "行う", "おこなう")).hasValueSatisfying(e -> assertThat(e.firstGlosses(3)).contains("to perform"));
        assertThat(Gloss.best(lexicon, "タリバン", "")).hasValueSatisfying(e -> assertThat(e.firstGlosses(1)).startsWith("Taliban"));
        assertThat(Gloss.best(lexicon, "存在しない語", "")).isEmpty();
    }
}
