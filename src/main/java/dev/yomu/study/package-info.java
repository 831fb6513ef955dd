/**
 * What the services hand to commands and screens, as values the store reads into: the learner's cards and
 * words, articles, word and card listings, counts, quiz attempts, example sentences. So no command or
 * screen needs a store type. Records only: no SQL, no rules. May depend on the value types of srs, deck
 * and text, and on quiz for a quiz's kind.
 */
package dev.yomu.study;
