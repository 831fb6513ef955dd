package dev.yomu.reader;

import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordMark;
import dev.yomu.srs.Phase;
import dev.yomu.study.ReaderWord;

/** What a word is to the learner right now, as the reader colours it. */
public enum WordStatus {
    /** A study word not in study yet (no card, or a new card). */
    UNKNOWN,
    /** In study and not yet well learned: learning, relearning, or a review card below {@link #WELL_LEARNED_DAYS}. */
    LEARNING,
    /** Marked known, or a review card whose stability reached {@link #WELL_LEARNED_DAYS}: it loses its furigana. */
    KNOWN,
    /** A person, place or organisation. */
    NAME,
    /** Ignored: never a study word. */
    IGNORED;

    /**
     * A review card whose stability (days until recall drops to 90%) is at least this many days is
     * "well learned": the reader treats it as known and stops showing its reading.
     */
    public static final double WELL_LEARNED_DAYS = 21;

    public static WordStatus of(ReaderWord w) {
        if (w.status() == WordMark.IGNORED) return IGNORED;
        if (w.status() == WordMark.KNOWN) return KNOWN;
        if (w.kind() == WordKind.NAME) return NAME;
        if (w.phase() == null || w.phase() == Phase.NEW) return UNKNOWN;
        if (w.phase() == Phase.REVIEW && w.stability() >= WELL_LEARNED_DAYS) return KNOWN;
        return LEARNING;
    }

    /**
     * Whether the word counts as known in the article's known share: marked known or graduated to review,
     * the definition {@code yomu articles} uses.
     */
    public static boolean countsAsKnown(ReaderWord w) {
        return w.status() == WordMark.KNOWN || w.phase() == Phase.REVIEW;
    }
}
