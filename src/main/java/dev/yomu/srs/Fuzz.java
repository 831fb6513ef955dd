package dev.yomu.srs;

/**
 * Deterministic interval fuzz (the ranges of Anki's rslib/src/scheduler/states/fuzz.rs, which py-fsrs and ts-fsrs share).
 * Review intervals of 2.5 days or more are spread over a small range so cards learned together drift apart.
 * The randomness is a seed the caller derives from the card, so answering, undoing and answering again gives
 * the same interval.
 */
public final class Fuzz {
    private Fuzz() {}

    /**
     * The inclusive range of fuzzed intervals in days.
     *
     * @param min shortest fuzzed interval
     * @param max longest fuzzed interval
     */
    public record Range(long min, long max) {
        /** Whether {@code days} lies in the range. */
        public boolean contains(long days) {
            return days >= min && days <= max;
        }
    }

    /** The seed for a card's next answer: card id plus review count, as Anki does. */
    public static long seedFor(long cardId, int reps) {
        return cardId + reps;
    }

    /**
     * A number in [0, 1) derived from {@code seed} by the SplitMix64 finalizer. Spelled out here instead of
     * using a JDK generator so results never depend on the JDK version, and neighbouring seeds (card ids
     * differ by 1) give unrelated factors.
     */
    public static double factor(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /**
     * The fuzz range for an interval of {@code intervalDays} (≥ 2.5) reviewed {@code elapsedDays} after the
     * previous review: ±(1 + 15% of the part in [2.5, 7] + 10% of the part in [7, 20] + 5% above 20) days,
     * at least 2 days, at most {@code maximumInterval}, and longer than {@code elapsedDays} when the interval
     * itself is (Anki, ts-fsrs).
     */
    public static Range range(long intervalDays, long elapsedDays, int maximumInterval) {
        double ivl = intervalDays;
        double delta = 1 + 0.15 * Math.max(Math.min(ivl, 7) - 2.5, 0)
                + 0.10 * Math.max(Math.min(ivl, 20) - 7, 0)
                + 0.05 * Math.max(ivl - 20, 0);
        long min = Math.max(2, Math.round(ivl - delta));
        long max = Math.min(Math.round(ivl + delta), maximumInterval);
        if (intervalDays > elapsedDays) min = Math.max(min, elapsedDays + 1);
        return new Range(Math.min(min, max), max);
    }

    /**
     * The fuzzed interval: {@code floor(factor·(max − min + 1)) + min} over {@link #range}; intervals below
     * 2.5 days are returned unchanged.
     *
     * @param factor a number in [0, 1), usually {@link #factor(long)}
     */
    public static long apply(long intervalDays, long elapsedDays, int maximumInterval, double factor) {
        if (intervalDays < 2.5) return intervalDays;
        Range range = range(intervalDays, elapsedDays, maximumInterval);
        return (long) Math.floor(factor * (range.max() - range.min() + 1)) + range.min();
    }
}
