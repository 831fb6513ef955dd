package dev.yomu.article;

import dev.yomu.dict.Meaning;
import dev.yomu.dict.TestDictionaries;
import dev.yomu.text.BlockKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry and sense a study word gets from how it is used in its sentence (issue 12, item 5), with
 * the real tokenizer and the bundled EDICT.
 */
class SenseInContextTest {
    private static final Analyzer ANALYZER = new Analyzer(TestDictionaries.bundled());

    private static AnalyzedWord word(String sentence, String lemma) {
        return ANALYZER.analyze(0, BlockKind.PARAGRAPH, sentence).words().stream()
                .filter(w -> w.lemma().equals(lemma)).findFirst()
                .orElseThrow(() -> new AssertionError("no word " + lemma + " in " + sentence));
    }

    private static String meaning(String sentence, String lemma) {
        return Meaning.firstGloss(word(sentence, lemma).glosses());
    }

    @Test
    void anAdverbTakesTheAdverbEntryNotAHomographNoun() {
        assertThat(meaning("よく考えてから決めなさい。", "よく")).isEqualTo("nicely"); // 良く, not 欲 "greed"
        assertThat(meaning("工事はほぼ終わった。", "ほぼ")).isEqualTo("almost"); // 略, not 保母
        assertThat(meaning("彼はとうとう本当のことを話した。", "とうとう")).isEqualTo("finally"); // 到頭, not the suffix 等々
        // EDICT calls the sentence adverb まさか an interjection; its adverb sense "indeed" is obscure
        assertThat(meaning("まさかと思ってたが、本当だった。", "まさか")).isEqualTo("by no means");
    }

    @Test
    void aVerbTakesTheVerbEntry() {
        // 持つ, not もつ "entrails"; written in kana it is mostly "to last" (sense-preferences.tsv)
        assertThat(meaning("このバッテリーは丸一日もつ。", "もつ")).isEqualTo("to last");
        assertThat(meaning("彼は大きな夢を持つ。", "持つ")).startsWith("to hold");
    }

    @Test
    void aNounBeforeSuruTakesTheVerbSenseTheTableNames() {
        assertThat(meaning("市は住民の苦情に迅速に対応した。", "対応")).isEqualTo("dealing with");
        assertThat(meaning("天候が売り上げを左右する。", "左右")).isEqualTo("(asserting) control");
    }

    @Test
    void aNaAdjectiveBeforeNiTakesTheDictionarysAdverb() {
        assertThat(meaning("その知らせを聞いて非常に驚いた。", "非常")).isEqualTo("very");
        assertThat(meaning("非常の際は非常口から出てください。", "非常")).isEqualTo("emergency");
    }

    @Test
    void aNaAdjectiveStemBeforeACaseParticleIsANoun() {
        assertThat(meaning("この問題は深刻だ。", "深刻")).isEqualTo("serious");
        assertThat(meaning("早急に対策を取る必要がある。", "必要")).isEqualTo("necessity");
        assertThat(meaning("それは必要な措置だ。", "必要")).isEqualTo("necessary");
        assertThat(meaning("彼の説明で十分理解できた。", "十分")).isEqualTo("enough"); // not "(n) division into ten"
    }

    @Test
    void aNounThatCanBeAnAdverbUsedAsOneTakesTheAdverbSense() {
        assertThat(meaning("結局、会議は何も決めなかった。", "結局")).isEqualTo("after all");
        assertThat(meaning("結局のところ、西側は動かなかった。", "結局")).isEqualTo("after all"); // neither use: as listed
        assertThat(meaning("会議の結局が見えない。", "結局")).isEqualTo("conclusion");
    }

    @Test
    void aNounBeforeANounIsAModifier() {
        assertThat(meaning("両国は核対決を避けた。", "核")).isEqualTo("nuclear weapons");
        assertThat(meaning("反革命政権である自称ロシア政府に対し", "自称")).isEqualTo("self-proclaimed");
        assertThat(word("細胞の核には遺伝情報が含まれている。", "核").glosses()).startsWith("core (of an organization, team, etc.); nucleus");
    }

    @Test
    void glossesAreGroupedBySenseWithTheFittingSenseFirst() {
        String glosses = word("市は住民の苦情に迅速に対応した。", "対応").glosses();

        assertThat(glosses).startsWith("dealing with; coping with; handling / correspondence (to); equivalence / ");
    }
}
