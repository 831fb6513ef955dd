package dev.yomu.deck;

import dev.yomu.srs.Phase;
import dev.yomu.text.Token;
import java.util.List;

/**
 * A study word as it leaves Yomu: what the exporters and the deck builder need, read by
 * {@code store.ExportStore}. A deck value type, so that building a deck needs no store type.
 *
 * @param glosses      the dictionary meanings, empty when the dictionary has none
 * @param status       what the learner said about it (never IGNORED: ignored words are not exported)
 * @param phase        its card's phase, null without a card
 * @param sentence     the example sentence, empty when none was found
 * @param tokens       the sentence's tokens, for furigana and the bold word
 * @param articleTitle the title of the article the sentence comes from: never empty, since every
 *                     word occurs in some article's headings or paragraphs
 */
public record ExportWord(long id, String lemma, String reading, String pos, String glosses, WordMark status,
                         Phase phase, int count, String sentence, List<Token> tokens, String articleTitle) {}
