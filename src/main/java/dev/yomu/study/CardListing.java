package dev.yomu.study;

import dev.yomu.deck.WordMark;
import dev.yomu.srs.Phase;
import java.time.Instant;
import java.util.Locale;

/** A card as the browser lists it; {@code mark} is never IGNORED (ignored words are not listed). */
public record CardListing(String lemma, String reading, WordMark mark, Phase phase, Instant due, double stability,
                          double difficulty, int reps, int lapses) {
    /** Never answered and not marked known: no due time, stability or difficulty to show. */
    public boolean isNew() {
        return mark != WordMark.KNOWN && phase == Phase.NEW;
    }

    /** "known" for a word marked known, else its card's phase: new, learning, review, relearning. */
    public String state() {
        return (mark == WordMark.KNOWN ? "known" : phase.name()).toLowerCase(Locale.ROOT);
    }
}
