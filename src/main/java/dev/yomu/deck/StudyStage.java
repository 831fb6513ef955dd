package dev.yomu.deck;

import dev.yomu.srs.Phase;

/**
 * Where a study word stands for the learner, as a word list shows it: a list that said only
 * "unknown" for a word under review for weeks told the learner nothing.
 */
public enum StudyStage {
    /** Not studied yet: no card, or a card never answered. */
    NEW,
    /** In the learning or relearning steps. */
    LEARNING,
    /** Graduated to spaced reviews. */
    REVIEW,
    /** Marked known by the learner. */
    KNOWN;

    /** @param phase its card's phase, or null when it has no card */
    public static StudyStage of(WordMark status, Phase phase) {
        if (status == WordMark.KNOWN) return KNOWN;
        if (phase == null || phase == Phase.NEW) return NEW;
        return phase == Phase.REVIEW ? REVIEW : LEARNING;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
