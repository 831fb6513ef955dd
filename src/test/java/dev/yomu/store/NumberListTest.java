package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberListTest {
    @Test
    void encodesAscendingWithoutRepeats() {
        assertThat(NumberList.encode(new long[] {18, 3, 17, 3})).isEqualTo("3 17 18");
    }

    @Test
    void decodesWhatItEncoded() {
        assertThat(NumberList.decode(NumberList.encode(new long[] {0, 9, 1234567890123L})))
                .containsExactly(0, 9, 1234567890123L);
    }

    @Test
    void emptyListIsAnEmptyColumn() {
        assertThat(NumberList.encode(new long[0])).isEmpty();
        assertThat(NumberList.decode("")).isEmpty();
        assertThat(NumberList.decode(null)).isEmpty();
    }
}
