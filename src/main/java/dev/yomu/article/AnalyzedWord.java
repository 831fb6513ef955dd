package dev.yomu.article;

import dev.yomu.deck.WordKind;

/**
 * A study word or name found in a sentence, with what the dictionary says of it.
 *
 * @param kind    STUDY or NAME, never NONE
 * @param glosses English glosses, the sense that fits the sentence first: glosses of one sense joined by "; ",
 *                senses by " / " ({@link dev.yomu.dict.Meaning#text}); empty when the dictionary has none
 */
public record AnalyzedWord(String lemma, String reading, String pos, WordKind kind, String glosses, String dictPos,
                           boolean common, int begin, int end) {}
