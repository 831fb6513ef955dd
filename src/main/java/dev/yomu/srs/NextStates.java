package dev.yomu.srs;

/**
 * The four possible outcomes of answering a card, computed before the answer is shown.
 *
 * @param again outcome of {@link Rating#AGAIN}
 * @param hard  outcome of {@link Rating#HARD}
 * @param good  outcome of {@link Rating#GOOD}
 * @param easy  outcome of {@link Rating#EASY}
 */
public record NextStates(NextState again, NextState hard, NextState good, NextState easy) {

    /** The outcome for {@code rating}. */
    public NextState get(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }
}
