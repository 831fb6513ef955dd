package dev.yomu.deck;

import dev.yomu.dict.TestDictionaries;
import dev.yomu.text.JapaneseTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WordSelectorTest {
    private static StudyWords studyWords;

    @BeforeAll
    static void setUp() {
        studyWords = new StudyWords(new JapaneseTokenizer(), TestDictionaries.bundled());
    }

    private static Optional<WordOccurrence> word(List<WordOccurrence> words, String lemma) {
        return words.stream().filter(w -> w.lemma().equals(lemma)).findFirst();
    }

    @Test
    void inflectedVerbsAreStudiedByTheirDictionaryForm() {
        List<WordOccurrence> words = studyWords.find("米国は調整することは行っていないと認める");

        assertThat(word(words, "行う")).hasValueSatisfying(w -> {
            assertThat(w.reading()).isEqualTo("おこなう");
            assertThat(w.pos()).isEqualTo("verb");
            assertThat(w.kind()).isEqualTo(WordKind.STUDY);
        });
        assertThat(word(words, "調整")).hasValueSatisfying(w -> assertThat(w.pos()).isEqualTo("suru-noun"));
        assertThat(word(words, "認める")).isPresent();
        assertThat(words).extracting(WordOccurrence::lemma).doesNotContain("する", "いる", "ない", "は", "と");
    }

    @Test
    void particlesNumbersLatinAndArtifactsAreNotStudyWords() {
        List<WordOccurrence> words = studyWords.find("2020年XNUMX月、NATOの3つの国が重要な決定をした");

        assertThat(words).extracting(WordOccurrence::lemma)
                .doesNotContain("2020", "XNUMX", "NATO", "3", "の", "が", "年", "月", "つ", "た")
                .contains("国", "重要", "決定");
        assertThat(word(words, "重要")).hasValueSatisfying(w -> assertThat(w.pos()).isEqualTo("na-adj"));
    }

    @Test
    void peopleAndPlacesAreNames() {
        List<WordOccurrence> words = studyWords.find("ジョンソン首相とジョン・カービー報道官がアフガニスタンについて話した");

        assertThat(word(words, "ジョンソン")).hasValueSatisfying(w -> {
            assertThat(w.kind()).isEqualTo(WordKind.NAME);
            assertThat(w.pos()).isEqualTo("name");
        });
        assertThat(word(words, "ジョン・カービー")).hasValueSatisfying(w -> assertThat(w.kind()).isEqualTo(WordKind.NAME));
        assertThat(word(words, "アフガニスタン")).hasValueSatisfying(w -> assertThat(w.kind()).isEqualTo(WordKind.NAME));
        assertThat(word(words, "首相")).hasValueSatisfying(w -> assertThat(w.kind()).isEqualTo(WordKind.STUDY));
        assertThat(word(words, "報道官")).hasValueSatisfying(w -> assertThat(w.pos()).isEqualTo("compound"));
    }

    @Test
    void adjectivesAndAdverbsAreStudied() {
        List<WordOccurrence> words = studyWords.find("状況は依然として非常に厳しい");

        assertThat(word(words, "厳しい")).hasValueSatisfying(w -> assertThat(w.pos()).isEqualTo("i-adj"));
        assertThat(words).extracting(WordOccurrence::pos).contains("adverb");
    }

    @Test
    void offsetsPointIntoTheSentence() {
        String sentence = "タリバンとの交渉内容を同盟国と共有";
        for (WordOccurrence w : studyWords.find(sentence))
            assertThat(sentence.substring(w.begin(), w.end())).isNotEmpty();
        assertThat(word(studyWords.find(sentence), "同盟国"))
                .hasValueSatisfying(w -> assertThat(sentence.substring(w.begin(), w.end())).isEqualTo("同盟国"));
    }

    @Test
    void countriesOceansAndRegionsTheDictionaryHasAreStudyWords() {
        List<WordOccurrence> words = studyWords.find("米国と英国は太平洋や中東、欧州について東南アジアと話し合った");

        for (String place : List.of("米国", "英国", "太平洋", "中東", "欧州", "東南アジア"))
            assertThat(word(words, place)).as(place)
                    .hasValueSatisfying(w -> assertThat(w.kind()).isEqualTo(WordKind.STUDY));
    }

    @Test
    void citiesAndPlacesTheDictionaryDoesNotExplainStayNames() {
        // 大阪 is in the dictionary, but as "Osaka (city, prefecture)"; 新宿 and ロンドン are not in it.
        List<WordOccurrence> words = studyWords.find("大阪から新宿を経てロンドンへ向かった");

        for (String place : List.of("大阪", "新宿", "ロンドン"))
            assertThat(word(words, place)).as(place)
                    .hasValueSatisfying(w -> assertThat(w.kind()).isEqualTo(WordKind.NAME));
    }
}
