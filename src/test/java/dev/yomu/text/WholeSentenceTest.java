package dev.yomu.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WholeSentenceTest {
    private static JapaneseTokenizer tokenizer;

    @BeforeAll
    static void load() {
        tokenizer = new JapaneseTokenizer();
    }

    private static boolean whole(String s) {
        return WholeSentence.test(s, tokenizer.tokenize(s));
    }

    @Test
    void aSentenceSaysSomethingWithAVerbAnAdjectiveOrACopula() {
        assertThat(whole("米国は同盟国との交渉を続けている。")).isTrue();
        assertThat(whole("この問題はとても難しい。")).isTrue();
        assertThat(whole("これは米国の重要な同盟国だ。")).isTrue();
        assertThat(whole("「我々は到底扱いを受けていない」と語った。")).isTrue();
    }

    @Test
    void fragmentsNounPhrasesAndTooShortSentencesAreNot() {
        assertThat(whole("/またはその同盟国。")).isFalse(); // cut out of a longer sentence
        assertThat(whole("同盟国との協議と交渉の内容")).isFalse(); // no predicate
        assertThat(whole("猫が寝た。")).isFalse(); // too little context
        assertThat(whole("…核力の可能性を維持することを目的とし")).isFalse();
        assertThat(whole("ロシア軍は24月XNUMX日にウクライナに入った。")).isFalse(); // mangled by machine translation
    }
}
