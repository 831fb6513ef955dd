package dev.yomu.article.select;

import dev.yomu.deck.WordKind;
import dev.yomu.dict.Gloss;
import dev.yomu.dict.Lexicon;
import dev.yomu.dict.TestDictionaries;
import dev.yomu.text.JapaneseTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The words a learner must get from the real seed articles, glossed from the real bundled EDICT. */
class SeedVocabularyTest {
    private static Lexicon lexicon;
    private static StudyWords studyWords;

    @BeforeAll
    static void setUp() {
        lexicon = TestDictionaries.bundled();
        studyWords = new StudyWords(new JapaneseTokenizer(), lexicon);
    }

    // Sentence splitting belongs to another package; 。 and line breaks are enough here.
    private static List<WordOccurrence> studyWordsOf(String seed) throws IOException {
        List<WordOccurrence> words = new ArrayList<>();
        for (String sentence : Files.readString(Path.of("seeds", seed)).split("[。\\n]")) {
            if (!sentence.isBlank()) words.addAll(studyWords.find(sentence));
        }
        return words;
    }

    private String gloss(WordOccurrence w) {
        return Gloss.best(lexicon, w.lemma(), w.reading()).map(e -> e.firstGlosses(5)).orElse("");
    }

    @Test
    void talibanArticleYieldsItsKeyVocabulary() throws IOException {
        List<WordOccurrence> study = studyWordsOf("us-taliban-allies.txt").stream()
                .filter(w -> w.kind() == WordKind.STUDY).toList();

        assertThat(study).extracting(WordOccurrence::lemma, WordOccurrence::reading).contains(
                tuple("交渉", "こうしょう"), tuple("同盟国", "どうめいこく"), tuple("撤退", "てったい"),
                tuple("避難", "ひなん"), tuple("国防総省", "こくぼうそうしょう"), tuple("報道官", "ほうどうかん"),
                tuple("行う", "おこなう"));
        assertThat(study).filteredOn(w -> w.lemma().equals("交渉")).first()
                .satisfies(w -> assertThat(gloss(w)).contains("negotiations"));
        assertThat(study).filteredOn(w -> w.lemma().equals("同盟国")).first()
                .satisfies(w -> assertThat(gloss(w)).contains("ally"));
        assertThat(study).filteredOn(w -> w.lemma().equals("撤退")).first()
                .satisfies(w -> assertThat(gloss(w)).contains("withdrawal"));
        assertThat(study).filteredOn(w -> w.lemma().equals("避難")).first()
                .satisfies(w -> assertThat(gloss(w)).contains("evacuation"));
        assertThat(study).filteredOn(w -> w.lemma().equals("国防総省")).first()
                .satisfies(w -> assertThat(gloss(w)).contains("Pentagon"));
        assertThat(study).filteredOn(w -> w.lemma().equals("報道官")).first()
                .satisfies(w -> assertThat(gloss(w)).contains("press secretary"));
    }

    @Test
    void siberianInterventionArticleYieldsItsKeyVocabulary() throws IOException {
        List<WordOccurrence> study = studyWordsOf("siberian-intervention.txt").stream()
                .filter(w -> w.kind() == WordKind.STUDY).toList();

        assertThat(study).extracting(WordOccurrence::lemma, WordOccurrence::reading).contains(
                tuple("干渉", "かんしょう"), tuple("講和", "こうわ"), tuple("休戦協定", "きゅうせんきょうてい"));
        assertThat(study).filteredOn(w -> w.lemma().equals("干渉")).first()
                .satisfies(w -> assertThat(gloss(w)).contains("intervention"));
        assertThat(study).filteredOn(w -> w.lemma().equals("休戦協定")).first()
                .satisfies(w -> assertThat(gloss(w)).contains("cease-fire agreement"));
    }

    @Test
    void xnumArtifactsAndLatinNeverBecomeWords() throws IOException {
        List<WordOccurrence> words = studyWordsOf("russia-nuclear-threat.txt");

        assertThat(words).extracting(WordOccurrence::lemma)
                .noneMatch(l -> l.contains("XNUMX") || l.chars().anyMatch(c -> c < 0x80));
        assertThat(words).extracting(WordOccurrence::lemma).contains("核兵器");
    }

    @Test
    void everyStudyWordOfTheSeedsHasAReadingAndMostHaveAGloss() throws IOException {
        List<WordOccurrence> study = new ArrayList<>();
        for (String seed : List.of("us-taliban-allies.txt", "siberian-intervention.txt", "russia-nuclear-threat.txt",
                "moscow-nuclear-warning.txt"))
            study.addAll(studyWordsOf(seed).stream().filter(w -> w.kind() == WordKind.STUDY).toList());

        assertThat(study).allSatisfy(w -> assertThat(w.reading()).as(w.lemma()).isNotEmpty());
        long glossed = study.stream().filter(w -> !gloss(w).isEmpty()).count();
        assertThat(glossed).isGreaterThan(study.size() * 9L / 10);
    }
}
