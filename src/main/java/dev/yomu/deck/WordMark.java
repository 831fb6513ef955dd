package dev.yomu.deck;

/**
 * What the learner has said about a word, stored as {@code word.status}: nothing yet, known, or
 * ignored. Where the word is in study is its card's phase ({@code srs.Phase}), not this.
 */
public enum WordMark {
    /** Not marked: a study word in the usual way (no card yet, or a card in study). */
    UNKNOWN,
    /** Marked known: no reviews, no furigana, counts as known everywhere. */
    KNOWN,
    /** Ignored: never a study word. */
    IGNORED
}
