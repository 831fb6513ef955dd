package dev.yomu.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden values for the memory model. fsrs-rs computes in f32, so its values are compared within 1e-4
 * (the tolerance fsrs-rs' own {@code assert_memory_state} uses).
 */
class FsrsTest {
    private static final double F32 = 1e-4;
    private final Fsrs fsrs = new Fsrs(SchedulerParams.DEFAULT_WEIGHTS);

    /** fsrs-rs src/inference.rs tests: the 19 FSRS-5 {@code PARAMETERS}, padded as FSRS::new does (w19 0, w20 0.5). */
    private static final List<Double> FSRS_RS_TEST_PARAMETERS = List.of(
            0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797, 1.071918, 0.0025195254,
            1.432437, 0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035, 3.201072,
            0.18046261, 0.121442534, 0.0, 0.5);

    /** Old FSRS-6 defaults (fsrs-rs v3.0.0, py-fsrs 6.0–6.1), decay 0.2. */
    private static final List<Double> OLD_FSRS6_DEFAULTS = List.of(
            0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112, 1.0178, 1.849,
            0.1133, 0.3127, 2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2);

    private static MemoryState replay(Fsrs model, int[] grades, long[] elapsed) {
        MemoryState state = null;
        for (int i = 0; i < grades.length; i++) {
            Rating rating = Rating.fromKey(grades[i]);
            state = state == null ? model.initial(rating) : model.next(state, rating, elapsed[i]);
        }
        return state;
    }

    // fsrs-rs src/inference.rs test_memory_state (DEFAULT_PARAMETERS); ts-fsrs packages/fsrs/__tests__
    // FSRS-6 'memory state[short-term]' repeats the same vector.
    @Test
    void memoryStateMatchesFsrsRsTestMemoryState() {
        MemoryState state = replay(fsrs, new int[] {1, 3, 3, 3, 3, 3}, new long[] {0, 0, 1, 3, 8, 21});
        assertThat(state.stability()).isCloseTo(53.62691, within(F32));
        assertThat(state.difficulty()).isCloseTo(6.3574867, within(F32));
    }

    // fsrs-rs src/inference.rs test_memory_state, second half: "freeze short term" (w17 = w18 = w19 = 0).
    @Test
    void memoryStateWithFrozenShortTermMatchesFsrsRs() {
        List<Double> w = new ArrayList<>(SchedulerParams.DEFAULT_WEIGHTS);
        w.set(17, 0.0);
        w.set(18, 0.0);
        w.set(19, 0.0);
        MemoryState state = replay(new Fsrs(w), new int[] {1, 3, 3, 3, 3, 3}, new long[] {0, 0, 1, 3, 8, 21});
        assertThat(state.stability()).isCloseTo(53.335106, within(F32));
        assertThat(state.difficulty()).isCloseTo(6.3574867, within(F32));
    }

    // fsrs-rs src/inference.rs test_memo_state (PARAMETERS).
    @Test
    void memoStateMatchesFsrsRsTestMemoState() {
        Fsrs model = new Fsrs(FSRS_RS_TEST_PARAMETERS);
        MemoryState state = replay(model, new int[] {1, 3, 3, 3, 3}, new long[] {0, 1, 3, 8, 21});
        assertThat(state.stability()).isCloseTo(31.722992, within(F32));
        assertThat(state.difficulty()).isCloseTo(7.382128, within(F32));

        MemoryState good = model.next(new MemoryState(20.925528, 7.005062), Rating.GOOD, 21);
        assertThat(good.stability()).isCloseTo(40.87456, within(F32));
        assertThat(good.difficulty()).isCloseTo(6.9913807, within(F32));
    }

    // fsrs-rs src/inference.rs test_next_states (PARAMETERS): state after [1@0, 3@1, 3@3, 3@8], next at t = 21.
    @Test
    void nextStatesMatchFsrsRsTestNextStates() {
        Fsrs model = new Fsrs(FSRS_RS_TEST_PARAMETERS);
        MemoryState state = replay(model, new int[] {1, 3, 3, 3}, new long[] {0, 1, 3, 8});
        assertMemory(model.next(state, Rating.AGAIN, 21), 2.9691455, 8.000659);
        assertMemory(model.next(state, Rating.HARD, 21), 17.091452, 7.6913934);
        assertMemory(model.next(state, Rating.GOOD, 21), 31.722992, 7.382128);
        assertMemory(model.next(state, Rating.EASY, 21), 71.7502, 7.0728626);
        // interval == stability at r = 0.9: fsrs.next_interval(Some(121.01552), 0.9, 1) == 121.01551
        assertThat(model.nextInterval(121.01552, 0.9)).isCloseTo(121.01551, within(F32));
    }

    // fsrs-rs src/inference.rs test_next_interval (FSRS::default, S = 1, r = 0.1 .. 1.0, round, max 1).
    // r = 0.1 gives 3116769 in double against fsrs-rs' 3116766 in f32 (about 1e-6 relative, f32 precision),
    // so that one entry is compared relatively; the others are exact.
    @Test
    void nextIntervalMatchesFsrsRsTestNextInterval() {
        long[] expected = {3116766, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
        assertThat(fsrs.nextInterval(1.0, 0.1)).isCloseTo(expected[0], within(expected[0] * 2e-6));
        for (int i = 2; i <= 10; i++) {
            long days = Math.max(1, Math.round(fsrs.nextInterval(1.0, i / 10.0)));
            assertThat(days).as("r = %s", i / 10.0).isEqualTo(expected[i - 1]);
        }
    }

    // fsrs-rs src/inference.rs test_current_retrievability (S = 1, decay 0.2).
    @Test
    void forgettingCurveMatchesFsrsRsTestCurrentRetrievability() {
        Fsrs model = new Fsrs(OLD_FSRS6_DEFAULTS);
        assertThat(model.forgettingCurve(0, 1)).isEqualTo(1.0);
        assertThat(model.forgettingCurve(1, 1)).isCloseTo(0.9, within(1e-6));
        assertThat(model.forgettingCurve(2, 1)).isCloseTo(0.84028935, within(1e-6));
        assertThat(model.forgettingCurve(3, 1)).isCloseTo(0.7985001, within(1e-6));
    }

    // ts-fsrs packages/fsrs/__tests__ FSRS-6 'first repeat' and Fsrs §3 (D0 with FSRS-6 defaults).
    @Test
    void initialStateMatchesTsFsrsFirstRepeat() {
        double[] s = {0.212, 1.2931, 2.3065, 8.2956};
        double[] d = {6.4133, 5.11217071, 2.11810397, 1};
        for (Rating rating : Rating.values()) {
            assertThat(fsrs.initStability(rating)).isEqualTo(s[rating.ordinal()]);
            assertThat(fsrs.initDifficulty(rating)).isCloseTo(d[rating.ordinal()], within(1e-8));
        }
    }

    // Fsrs §7 example (fsrs-rs >= 6.0 stability_short_term, Hard/Good/Easy floored at 1): S = 5.
    @Test
    void shortTermStabilityFloorsHardGoodEasy() {
        assertThat(fsrs.shortTermStability(5, Rating.AGAIN)).isCloseTo(1.596818, within(1e-6));
        assertThat(fsrs.shortTermStability(5, Rating.HARD)).isEqualTo(5.0);
        assertThat(fsrs.shortTermStability(5, Rating.GOOD)).isEqualTo(5.0);
        assertThat(fsrs.shortTermStability(5, Rating.EASY)).isCloseTo(8.12961, within(1e-5));
    }

    @Test
    void intervalEqualsStabilityAtNinetyPercent() {
        assertThat(fsrs.nextInterval(37.5, 0.9)).isCloseTo(37.5, within(1e-9));
        assertThat(fsrs.forgettingCurve(37.5, 37.5)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void difficultyStaysWithinOneAndTen() {
        assertThat(fsrs.nextDifficulty(1, Rating.EASY)).isEqualTo(1.0);
        // Linear damping makes Again at D = 10 a no-op; the (weak) mean reversion then pulls D below 10.
        assertThat(fsrs.nextDifficulty(10, Rating.AGAIN)).isBetween(9.9, 10.0);
    }

    @Test
    void lapseStabilityNeverExceedsCap() {
        double s = 100;
        double capped = s / Math.exp(0.5425 * 0.0912);
        assertThat(fsrs.stabilityAfterFailure(s, 1, 0.01)).isLessThanOrEqualTo(capped);
    }

    private static void assertMemory(MemoryState state, double stability, double difficulty) {
        assertThat(state.stability()).isCloseTo(stability, within(F32));
        assertThat(state.difficulty()).isCloseTo(difficulty, within(F32));
    }
}
