package dev.yomu.srs;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything the scheduler needs to know about one card.
 *
 * <p>Convention for {@link Phase#NEW}: {@code stability} and {@code difficulty} are {@code 0}, {@code step}
 * is 0 and {@code lastReview} is {@code null}. Every other phase has {@code stability > 0},
 * {@code difficulty} in [1, 10] and a {@code lastReview}. NaN and infinities are rejected everywhere.
 *
 * @param phase      life-cycle phase
 * @param step       index into the learning steps (LEARNING) or relearning steps (RELEARNING); 0 otherwise
 * @param stability  FSRS stability S in days (0 for NEW)
 * @param difficulty FSRS difficulty D in [1, 10] (0 for NEW)
 * @param due        when the card is next due
 * @param lastReview when the card was last reviewed; {@code null} only for NEW
 * @param reps       number of reviews so far
 * @param lapses     number of times a REVIEW card was answered Again
 */
public record CardState(Phase phase, int step, double stability, double difficulty, Instant due,
                        Instant lastReview, int reps, int lapses) {

    /** Validates the invariants above. */
    public CardState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(due, "due");
        if (step < 0 || reps < 0 || lapses < 0)
            throw new IllegalArgumentException(
                    "step, reps and lapses must be >= 0 but were " + step + ", " + reps + ", " + lapses + ".");
        if (phase == Phase.NEW) {
            if (stability != 0 || difficulty != 0 || lastReview != null)
                throw new IllegalArgumentException(
                        "A NEW card must have stability 0, difficulty 0 and no lastReview.");
        } else {
            if (!(stability > 0) || Double.isInfinite(stability))
                throw new IllegalArgumentException("stability must be finite and > 0 but was " + stability + ".");
            if (!(difficulty >= 1 && difficulty <= 10))
                throw new IllegalArgumentException("difficulty must be in [1, 10] but was " + difficulty + ".");
            Objects.requireNonNull(lastReview, "lastReview (required once a card has been reviewed)");
        }
    }

    /** A card that has never been reviewed and is due at {@code now}. */
    public static CardState newCard(Instant now) {
        return new CardState(Phase.NEW, 0, 0, 0, now, null, 0, 0);
    }

    /** Whether the card has been reviewed at least once (it has a memory state). */
    public boolean hasMemory() {
        return phase != Phase.NEW;
    }
}
