package dev.yomu.deck;

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

    /**
     * @param status the word's status (UNKNOWN, KNOWN or IGNORED)
     * @param phase  its card's phase, or null when it has no card
     */
    public static StudyStage of(String status, String phase) {
        if ("KNOWN".equals(status)) return KNOWN;
        if (phase == null || "NEW".equals(phase)) return NEW;
        return "REVIEW".equals(phase) ? REVIEW : LEARNING;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
