package dev.yomu.article.select;

import dev.yomu.deck.WordKind;
import dev.yomu.support.Check;

/**
 * A word found in a sentence.
 *
 * @param lemma   the dictionary form (行う, 同盟国)
 * @param reading its reading in hiragana; empty if unknown
 * @param pos     a learner's label: noun, suru-noun, verb, i-adj, na-adj, adverb, compound or name
 * @param kind    whether it is study vocabulary or a name
 * @param begin   offset of the first char in the sentence
 * @param end     offset after the last char in the sentence
 */
public record WordOccurrence(String lemma, String reading, String pos, WordKind kind, int begin, int end) {

    public WordOccurrence {
        Check.notBlank(lemma, "lemma");
        Check.notNull(reading, "reading");
        Check.notNull(pos, "pos");
        Check.notNull(kind, "kind");
        // The message is built only on failure: this runs for every word of every import, and an
        // eager concatenation cost a string and two number conversions each time.
        if (begin < 0 || begin > end)
            throw new IllegalArgumentException("Offsets must satisfy 0 <= begin <= end but were " + begin + ", " + end + ".");
    }
}
