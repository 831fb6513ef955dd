package dev.yomu.article.select;

import dev.yomu.deck.WordKind;
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

    private static List<String> studied(String sentence) {
        return studyWords.find(sentence).stream().filter(w -> w.kind() == WordKind.STUDY).map(WordOccurrence::lemma).toList();
    }

    @Test
    void preNounWordsAreStudiedButDemonstrativesAreNot() {
        assertThat(studied("この町には大きな川と同じ名前のいわゆる名所がある")).contains("大きな", "同じ", "いわゆる")
                .doesNotContain("この");
        assertThat(studied("そんな話はどの本にも如何なる形でも書いていない")).contains("如何なる")
                .doesNotContain("そんな", "どの");
        assertThat(word(studyWords.find("大きな川"), "大きな")).hasValueSatisfying(w -> assertThat(w.pos()).isEqualTo("pre-noun"));
    }

    @Test
    void conjunctionsTheDictionaryMarksCommonAreStudied() {
        assertThat(studied("しかし、雨が降った。従って、学生または社会人及び家族は帰った。"))
                .contains("しかし", "従って", "または", "及び");
        assertThat(word(studyWords.find("しかし、雨が降った。"), "しかし"))
                .hasValueSatisfying(w -> assertThat(w.pos()).isEqualTo("conjunction"));
    }

    @Test
    void dependentNounsInKanjiAreStudiedFormalNounsAreNot() {
        assertThat(studied("出発の際には百人以上が集まった")).contains("際", "以上");
        assertThat(studied("行くことにしたのは会うためだ")).doesNotContain("こと", "ため", "の");
        assertThat(studied("早く行った方がいい")).doesNotContain("方");
    }

    @Test
    void commonPrefixesAreStudiedOrdinalAndHonorificOnesAreNot() {
        assertThat(studied("駅から会場までは約3キロある")).contains("約");
        assertThat(word(studyWords.find("約3キロ"), "約")).hasValueSatisfying(w -> assertThat(w.pos()).isEqualTo("prefix"));
        assertThat(studied("第2次世界大戦")).doesNotContain("第");
    }
}
