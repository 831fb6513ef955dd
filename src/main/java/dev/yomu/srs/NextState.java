package dev.yomu.srs;

import java.time.Duration;

/**
 * The outcome of answering a card with one rating.
 *
 * @param rating   the rating this outcome belongs to
 * @param state    the card's state after the answer
 * @param interval the time from the answer until the card is due again, to show on the button
 *                 (see {@link IntervalFormat#format(Duration)})
 */
public record NextState(Rating rating, CardState state, Duration interval) {}
