package dev.yomu.study;

import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordMark;
import dev.yomu.srs.Phase;
import java.time.Instant;

/**
 * A word of an article as the reader shows it: what the learner said about it, its card, and how often
 * it occurs.
 *
 * @param kind         STUDY or NAME (a stored word is never NONE)
 * @param articleCount running occurrences in this article's study text (headings and paragraphs)
 * @param totalCount   running occurrences across all the learner's articles
 * @param phase        the card's phase, or null when the word has no card
 * @param due          the card's due time, or null
 */
public record ReaderWord(long id, String lemma, String reading, String pos, WordKind kind, WordMark status,
                         String glosses, int articleCount, int totalCount, Phase phase, Instant due,
                         double stability) {}
