package dev.yomu.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RatingTest {

    @Test
    void keysMapToGrades() {
        for (int key = 1; key <= 4; key++) assertThat(Rating.fromKey(key).grade()).isEqualTo(key);
        assertThat(Rating.fromKey(1)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.fromKey(4)).isEqualTo(Rating.EASY);
    }

    @Test
    void rejectsOtherKeys() {
        assertThatThrownBy(() -> Rating.fromKey(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rating.fromKey(5)).hasMessageContaining("'key'");
    }

    @Test
    void newCardUsesZeroMemoryConvention() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        CardState card = CardState.newCard(now);
        assertThat(card.phase()).isEqualTo(Phase.NEW);
        assertThat(card.stability()).isZero();
        assertThat(card.difficulty()).isZero();
        assertThat(card.due()).isEqualTo(now);
        assertThat(card.lastReview()).isNull();
        assertThat(card.hasMemory()).isFalse();
    }

    @Test
    void cardStateRejectsInconsistentValues() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, 0, Double.NaN, 5, now, now, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stability");
        assertThatThrownBy(() -> new CardState(Phase.REVIEW, 0, 3, 11, now, now, 1, 0))
                .hasMessageContaining("difficulty");
        assertThatThrownBy(() -> new CardState(Phase.NEW, 0, 3, 5, now, null, 0, 0))
                .hasMessageContaining("NEW");
    }
}
