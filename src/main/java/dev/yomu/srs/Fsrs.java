package dev.yomu.srs;

import java.util.List;

/**
 * The FSRS-6 memory model: one small method per formula, named after the paper and fsrs-rs
 * {@code src/model.rs} (github.com/open-spaced-repetition/fsrs-rs), checked against py-fsrs and ts-fsrs.
 * The numbers (§1 forgetting curve, §2 interval, §3 initial state, §4 difficulty, §5 recall, §6 lapse,
 * §7 same-day review, §8 the whole step) are the order of the formulas in this class, so a reader can
 * find each one; FsrsTest checks them against the reference implementations' own test vectors.
 */
final class Fsrs {
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;

    private final double[] w;
    private final double decay;
    private final double factor;

    Fsrs(List<Double> weights) {
        this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** §1: R(t, S) = (1 + FACTOR·t/S)^DECAY. */
    double forgettingCurve(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** §2: the unrounded interval at which R falls to {@code desiredRetention}. */
    double nextInterval(double stability, double desiredRetention) {
        return stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
    }

    /** §3: S0(G) = w[G-1]. */
    double initStability(Rating rating) {
        return clampStability(w[rating.grade() - 1]);
    }

    /** §3: D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10]. */
    double initDifficulty(Rating rating) {
        return clampDifficulty(rawInitDifficulty(rating));
    }

    private double rawInitDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    /** §4: ΔD·(10 − D)/9. */
    double linearDamping(double deltaDifficulty, double difficulty) {
        return deltaDifficulty * (10 - difficulty) / 9;
    }

    /** §4: w7·D0(Easy) + (1 − w7)·D, with the unclamped D0(Easy) as target. */
    double meanReversion(double difficulty) {
        return w[7] * rawInitDifficulty(Rating.EASY) + (1 - w[7]) * difficulty;
    }

    /** §4: damped step ΔD = −w6·(G − 3), mean reversion, clamp to [1, 10]. */
    double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        return clampDifficulty(meanReversion(difficulty + linearDamping(delta, difficulty)));
    }

    /** §5: S'_r = S·(1 + e^w8·(11 − D)·S^−w9·(e^(w10·(1 − R)) − 1)·hardPenalty·easyBonus). */
    double stabilityAfterSuccess(double stability, double difficulty, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return stability * (1 + Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                * (Math.exp(w[10] * (1 - retrievability)) - 1) * hardPenalty * easyBonus);
    }

    /** §6: S'_f = w11·D^−w12·((S + 1)^w13 − 1)·e^(w14·(1 − R)), never above S / e^(w17·w18). */
    double stabilityAfterFailure(double stability, double difficulty, double retrievability) {
        double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp(w[14] * (1 - retrievability));
        return Math.min(longTerm, stability / Math.exp(w[17] * w[18]));
    }

    /**
     * §7: same-day review, S·e^(w17·(G − 3 + w18))·S^−w19. The increase is floored at 1 for Hard, Good
     * and Easy, as fsrs-rs ≥ 6.0 (used by Anki) and ts-fsrs 5.4 do; py-fsrs 6.x floors only Good/Easy.
     */
    double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating != Rating.AGAIN) increase = Math.max(increase, 1);
        return stability * increase;
    }

    /** §3 for the first review: the initial memory state for {@code rating}. */
    MemoryState initial(Rating rating) {
        return new MemoryState(initStability(rating), initDifficulty(rating));
    }

    /** §8 (fsrs-rs {@code step}): the memory state after a review {@code elapsedDays} after the last one. */
    MemoryState next(MemoryState current, Rating rating, long elapsedDays) {
        double s = clampStability(current.stability());
        double d = clampDifficulty(current.difficulty());
        double newS;
        if (elapsedDays == 0) {
            newS = shortTermStability(s, rating);
        } else {
            double r = forgettingCurve(elapsedDays, s);
            newS = rating == Rating.AGAIN ? stabilityAfterFailure(s, d, r) : stabilityAfterSuccess(s, d, r, rating);
        }
        return new MemoryState(clampStability(newS), nextDifficulty(d, rating));
    }

    private static double clampStability(double s) {
        return Math.min(Math.max(s, S_MIN), S_MAX);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1), 10);
    }
}
