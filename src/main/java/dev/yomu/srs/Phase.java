package dev.yomu.srs;

/** Where a card is in its life cycle. */
public enum Phase {
    /** Never reviewed; stability and difficulty are not set yet (stored as 0). */
    NEW,
    /** First reviews, stepping through the learning steps (minutes). */
    LEARNING,
    /** Graduated; scheduled in whole days by FSRS. */
    REVIEW,
    /** Forgotten after graduating; stepping through the relearning steps. */
    RELEARNING
}
