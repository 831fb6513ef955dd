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
        Lexicon lexicon = TestDictionaries.bundled();

        assertThat(Gloss.best(lexicon, "行う", "おこなう")).hasValueSatisfying(e -> assertThat(e.firstGlosses(3)).contains("to perform"));
        assertThat(Gloss.best(lexicon, "タリバン", "")).hasValueSatisfying(e -> assertThat(e.firstGlosses(1)).startsWith("Taliban"));
        assertThat(Gloss.best(lexicon, "存在しない語", "")).isEmpty();
    }

    @Test
    void neverTakesAnInterjectionOrPrefixForAWordThatIsUsedOtherwise() {
        DictEntry interjection = new DictEntry(List.of(), List.of("まあ"), List.of(new Sense(List.of("int"), List.of("well!"))), true);
        MemoryLexicon lexicon = MemoryLexicon.of(List.of(interjection));

        assertThat(Gloss.meaning(lexicon, "まあ", "まあ", WordUse.NOUN)).isEmpty();
        assertThat(Gloss.meaning(lexicon, "まあ", "まあ", WordUse.ANY)).isPresent();
    }

    @Test
    void aFittingEntryWinsOverACommonerOneButNotOverTheReading() {
        DictEntry noun = new DictEntry(List.of("欲"), List.of("よく"), List.of(new Sense(List.of("n"), List.of("greed"))), true);
        DictEntry adverb = new DictEntry(List.of("良く"), List.of("よく"), List.of(new Sense(List.of("adv"), List.of("well"))), false);
        DictEntry other = new DictEntry(List.of("欲"), List.of("ほっする"), List.of(new Sense(List.of("adv"), List.of("x"))), false);
        MemoryLexicon lexicon = MemoryLexicon.of(List.of(noun, adverb, other));

        assertThat(Gloss.meaning(lexicon, "よく", "よく", WordUse.ADVERB)).hasValueSatisfying(m -> assertThat(m.entry()).isEqualTo(adverb));
        assertThat(Gloss.meaning(lexicon, "よく", "よく", WordUse.NOUN)).hasValueSatisfying(m -> assertThat(m.entry()).isEqualTo(noun));
        assertThat(Gloss.meaning(lexicon, "欲", "よく", WordUse.ADVERB)).hasValueSatisfying(m -> assertThat(m.entry()).isEqualTo(noun));
    }

    @Test
    void putsTheFittingSenseFirstAndShowsSensesApart() {
        DictEntry entry = new DictEntry(List.of("実"), List.of("じつ"), List.of(
                new Sense(List.of("n"), List.of("truth", "reality")),
                new Sense(List.of("adv"), List.of("really", "truly"))), false);
        Meaning m = Gloss.meaning(MemoryLexicon.of(List.of(entry)), "実", "じつ", WordUse.ADVERB).orElseThrow();

        assertThat(m.text(3, 3)).isEqualTo("really; truly / truth; reality");
        assertThat(m.text(1, 1)).isEqualTo("really");
        assertThat(Meaning.firstGloss(m.text(3, 3))).isEqualTo("really");
        assertThat(Meaning.firstGloss("almost / childcare worker")).isEqualTo("almost");
    }

    @Test
    void tellsNameSensesByTheirCapitalisedGloss() {
        assertThat(Gloss.isNameSense(new Sense(List.of("n"), List.of("Newton (Sir Isaac)")))).isTrue();
        assertThat(Gloss.isNameSense(new Sense(List.of("n"), List.of("(United States of) America")))).isTrue();
        assertThat(Gloss.isNameSense(new Sense(List.of("n"), List.of("newton (N) (SI unit of force)")))).isFalse();
        assertThat(Gloss.isNameSense(new Sense(List.of("n"), List.of("(not) at all")))).isFalse();
        assertThat(Gloss.isNameSense(new Sense(List.of("n"), List.of("UN")))).isFalse();
    }
}
