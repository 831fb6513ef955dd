package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCodecTest {
    @Test
    void roundTripsTokensIncludingEmptyFields() {
        List<Token> tokens = List.of(
                new Token("行っ", "行う", "おこなう", "おこなっ", "動詞", "自立", 0, 2),
                new Token("た", "た", "た", "た", "助動詞", "", 2, 3),
                new Token("NATO", "NATO", "", "", "名詞", "固有名詞,組織", 3, 7));
        assertThat(TokenCodec.decode(TokenCodec.encode(tokens))).isEqualTo(tokens);
    }

    @Test
    void emptySentenceHasNoTokens() {
        assertThat(TokenCodec.decode(TokenCodec.encode(List.of()))).isEmpty();
    }
}
