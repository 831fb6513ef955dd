package dev.yomu.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JapaneseTokenizerTest {
    private static final JapaneseTokenizer TOKENIZER = new JapaneseTokenizer();

    private static Token first(List<Token> tokens, String surface) {
        return tokens.stream().filter(t -> t.surface().equals(surface)).findFirst().orElseThrow();
    }

    @Test
    void readsTheDictionaryFormNotTheSurface() {
        List<Token> tokens = TOKENIZER.tokenize("調整することは行っていない");

        Token itta = first(tokens, "行っ");
        assertThat(itta.lemma()).isEqualTo("行う");
        assertThat(itta.reading()).isEqualTo("おこなう");
        assertThat(itta.surfaceReading()).isEqualTo("おこなっ");
        assertThat(itta.pos()).isEqualTo("動詞");
        assertThat(itta.posDetail()).isEqualTo("自立");
    }

    @Test
    void unknownWordsOfOneClassKeepTheirOwnSurface() {
        // Unknown words share their features per character class; each keeps its own text and offsets.
        JapaneseTokenizer tokenizer = new JapaneseTokenizer();
        Token first = first(tokenizer.tokenize("XQZW社は12345人。"), "XQZW");
        Token second = first(tokenizer.tokenize("今日、ABCDEFが来た。"), "ABCDEF");

        assertThat(first.lemma()).isEqualTo("XQZW");
        assertThat(first.reading()).isEmpty();
        assertThat(first.surfaceReading()).isEmpty();
        assertThat(second.lemma()).isEqualTo("ABCDEF");
        assertThat(second.reading()).isEmpty();
        assertThat(second.pos()).isEqualTo("名詞");
        assertThat(second.begin()).isEqualTo(3);
        assertThat(second.end()).isEqualTo(9);
    }

    @Test
    void derivesReadingsOfAdjectivesAndIrregularVerbs() {
        List<Token> tokens = TOKENIZER.tokenize("高くて、彼は来た。");

        assertThat(first(tokens, "高く").reading()).isEqualTo("たかい");
        Token kita = first(tokens, "来");
        assertThat(kita.lemma()).isEqualTo("来る");
        assertThat(kita.reading()).isEqualTo("くる");
    }

    @Test
    void keepsOffsetsAndPosDetailWithoutStars() {
        String text = "米国、タリバンとの交渉";
        List<Token> tokens = TOKENIZER.tokenize(text);

        Token beikoku = tokens.get(0);
        assertThat(beikoku.posDetail()).isEqualTo("固有名詞,地域,国");
        assertThat(beikoku.isProperNoun()).isTrue();
        Token koushou = first(tokens, "交渉");
        assertThat(text.substring(koushou.begin(), koushou.end())).isEqualTo("交渉");
        assertThat(koushou.reading()).isEqualTo("こうしょう");
        assertThat(koushou.posDetail()).isEqualTo("サ変接続");
    }

    @Test
    void unknownWordsHaveEmptyReadings() {
        Token unknown = first(TOKENIZER.tokenize("国防総省のジョン・カービー報道官"), "ジョン・カービー");

        assertThat(unknown.reading()).isEmpty();
        assertThat(unknown.lemma()).isEqualTo("ジョン・カービー");
    }

    @Test
    void tokenizesAWholeSeedTheSameWayEveryTime() throws IOException {
        // Speed is measured by `yomu bench import` against raw Kuromoji, not here (BENCHMARKS.md).
        String text = Files.readString(Path.of("seeds/us-taliban-allies.txt"));
        var first = TOKENIZER.tokenize(text);
        assertThat(first).isNotEmpty();
        assertThat(TOKENIZER.tokenize(text)).isEqualTo(first);
        assertThat(first.get(first.size() - 1).end()).isLessThanOrEqualTo(text.length());
    }
}
