package dev.yomu.study;

import dev.yomu.srs.CardState;

/**
 * A study word's flashcard with what the review screen shows of its word. {@code version} counts the
 * card's changes: a screen that shows a card can tell whether it was changed since.
 */
public record Card(long wordId, String lemma, String reading, String pos, String glosses, CardState state,
                   long version) {}
