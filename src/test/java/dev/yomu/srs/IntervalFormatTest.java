package dev.yomu.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntervalFormatTest {

    private static String f(Duration d) {
        return IntervalFormat.format(d);
    }

    @Test
    void formatsButtonLabelsLikeAnki() {
        assertThat(f(Duration.ofSeconds(45))).isEqualTo("1m");
        assertThat(f(Duration.ofMinutes(1))).isEqualTo("1m");
        assertThat(f(Duration.ofSeconds(330))).isEqualTo("6m"); // 5.5m rounds half-up
        assertThat(f(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(f(Duration.ofHours(1))).isEqualTo("1h");
        assertThat(f(Duration.ofDays(1))).isEqualTo("1d");
        assertThat(f(Duration.ofDays(3))).isEqualTo("3d");
        assertThat(f(Duration.ofDays(8))).isEqualTo("8d");
        assertThat(f(Duration.ofDays(36))).isEqualTo("1.2mo");
        assertThat(f(Duration.ofDays(548))).isEqualTo("1.5y");
    }

    @Test
    void roundingPromotesToTheNextUnit() {
        assertThat(f(Duration.ofSeconds(59 * 60 + 40))).isEqualTo("1h");
        assertThat(f(Duration.ofMinutes(23 * 60 + 40))).isEqualTo("1d");
        assertThat(f(Duration.ofDays(30))).isEqualTo("1mo");
        assertThat(f(Duration.ofDays(364))).isEqualTo("1y");
        assertThat(f(Duration.ofDays(3650))).isEqualTo("10y");
    }

    @Test
    void zeroAndNegativeShowUnderAMinute() {
        assertThat(f(Duration.ZERO)).isEqualTo("<1m");
        assertThat(f(Duration.ofMinutes(-5))).isEqualTo("<1m");
    }

    /** "due in 59s" beside "due in 1m" mixed precisions: no label counts seconds. */
    @Test
    void neverShowsSeconds() {
        assertThat(f(Duration.ofSeconds(29))).isEqualTo("<1m");
        assertThat(f(Duration.ofSeconds(30))).isEqualTo("1m");
        assertThat(f(Duration.ofSeconds(59))).isEqualTo("1m");
        assertThat(f(Duration.ofSeconds(89))).isEqualTo("1m");
        assertThat(f(Duration.ofSeconds(90))).isEqualTo("2m");
    }
}
