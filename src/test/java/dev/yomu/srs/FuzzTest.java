package dev.yomu.srs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzTest {

    // Examples worked from Anki rslib states/fuzz.rs, py-fsrs _get_fuzz_range, ts-fsrs get_fuzz_range).
    @Test
    void rangesMatchReferenceExamples() {
        long[][] cases = {{3, 2, 4}, {7, 5, 9}, {10, 8, 12}, {20, 17, 23}, {30, 27, 33}, {100, 93, 107},
                {365, 345, 385}};
        for (long[] c : cases)
            assertThat(Fuzz.range(c[0], 0, 36500)).as("interval %d", c[0]).isEqualTo(new Fuzz.Range(c[1], c[2]));
    }

    @Test
    void rangeIsCappedAtMaximumInterval() {
        assertThat(Fuzz.range(100, 0, 100)).isEqualTo(new Fuzz.Range(93, 100));
    }

    // ts-fsrs / Anki: when the interval is longer than the time elapsed, the fuzzed one is too.
    @Test
    void rangeStaysLongerThanElapsedDays() {
        assertThat(Fuzz.range(10, 9, 36500).min()).isEqualTo(10);
    }

    @Test
    void shortIntervalsAreNotFuzzed() {
        assertThat(Fuzz.apply(1, 0, 36500, 0.99)).isEqualTo(1);
        assertThat(Fuzz.apply(2, 0, 36500, 0.99)).isEqualTo(2);
    }

    @Test
    void factorIsDeterministicAndInUnitInterval() {
        for (long seed = -1000; seed < 1000; seed++) {
            double f = Fuzz.factor(seed);
            assertThat(f).isEqualTo(Fuzz.factor(seed)).isGreaterThanOrEqualTo(0).isLessThan(1);
        }
    }

    @Test
    void neighbouringSeedsGiveDifferentFactors() {
        assertThat(Fuzz.factor(Fuzz.seedFor(1000, 1))).isNotEqualTo(Fuzz.factor(Fuzz.seedFor(1000, 2)));
    }

    @Test
    void applyCoversTheWholeRange() {
        Fuzz.Range range = Fuzz.range(30, 0, 36500);
        assertThat(Fuzz.apply(30, 0, 36500, 0.0)).isEqualTo(range.min());
        assertThat(Fuzz.apply(30, 0, 36500, Math.nextDown(1.0))).isEqualTo(range.max());
    }

    @Test
    void seedIsCardIdPlusReps() {
        assertThat(Fuzz.seedFor(1_700_000_000_000L, 3)).isEqualTo(1_700_000_000_003L);
    }
}
