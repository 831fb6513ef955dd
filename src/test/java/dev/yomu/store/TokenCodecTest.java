package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.text.JapaneseTokenizer;
import dev.yomu.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCodecTest {
    private static final String TEXT = "行ったNATO の本部";

    @Test
    void roundTripsTokensIncludingEmptyFieldsGapsAndUnknownPartsOfSpeech() {
        List<Token> tokens = List.of(
                new Token("行っ", "行う", "おこなう", "おこなっ", "動詞", "自立", 0, 2),
                new Token("た", "た", "た", "た", "助動詞", "", 2, 3),
                new Token("NATO", "NATO", "", "", "名詞", "固有名詞,組織", 3, 7),
                new Token("の", "の", "の", "", "助詞", "連体化", 8, 9), // after a gap; no surface reading
                new Token("本部", "本部", "ほんぶ", "ほんぶ", "名詞", "新しい分類,何か", 9, 11));
        assertThat(TokenCodec.decode(TokenCodec.encode(tokens, TEXT), TEXT)).isEqualTo(tokens);
    }

    @Test
    void aSurfaceThatIsNotTheTextAtItsPlaceIsWrittenOut() {
        List<Token> tokens = List.of(new Token("行った", "行う", "おこなう", "おこなった", "動詞", "自立", 0, 3),
                new Token("ＮＡＴＯ", "ＮＡＴＯ", "なとー", "なとー", "名詞", "一般", 3, 7));
        String packed = TokenCodec.encode(tokens, TEXT);
        assertThat(TokenCodec.decode(packed, TEXT)).isEqualTo(tokens);
        assertThat(packed).contains("~ＮＡＴＯ").doesNotContain("行った"); // only the one that differs is written out
    }

    @Test
    void realTokensRoundTripAndTakeFarLessRoomThanTheFirstFormat() {
        String text = "米国は、タリバンとの交渉内容を同盟国と共有したり調整することは行っていないと認めた。";
        List<Token> tokens = new JapaneseTokenizer().tokenize(text);
        String packed = TokenCodec.encode(tokens, text);
        assertThat(TokenCodec.decode(packed, text)).isEqualTo(tokens);
        assertThat(packed.length()).isLessThan(tokens.size() * 8);
    }

    @Test
    void readsRowsWrittenInTheFirstFormat() {
        String first = "行っ\u001F行う\u001Fおこなう\u001Fおこなっ\u001F動詞\u001F自立\u001F0\u001E"
                + "た\u001F\u001Fた\u001F\u001F助動詞\u001F\u001F2";
        assertThat(TokenCodec.decode(first, "行った")).containsExactly(
                new Token("行っ", "行う", "おこなう", "おこなっ", "動詞", "自立", 0, 2),
                new Token("た", "た", "た", "た", "助動詞", "", 2, 3));
    }

    @Test
    void emptySentenceHasNoTokens() {
        assertThat(TokenCodec.decode(TokenCodec.encode(List.of(), ""), "")).isEmpty();
        assertThat(TokenCodec.decode("", "")).isEmpty();
    }
}
