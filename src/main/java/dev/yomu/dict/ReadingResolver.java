package dev.yomu.dict;

import dev.yomu.support.Check;
import dev.yomu.text.NumberUnits;
import dev.yomu.text.Token;

import java.util.List;

/**
 * The one place that decides how each token of a sentence is read. IPADIC gives one reading per
 * spelling; a learner needs the reading that is right in the sentence. Every screen and export
 * shows the readings of the tokens and words this produces (they are stored with the sentence), so
 * a fix here reaches the reader, review, quiz, words, cards and both Anki furigana fields.
 *
 * <p>In order: numbers with their counters read as one unit ({@link NumberUnits}).
 */
public final class ReadingResolver {
    private final Lexicon lexicon;

    public ReadingResolver(Lexicon lexicon) {
        this.lexicon = Check.notNull(lexicon, "lexicon");
    }

    /**
     * @param tokens one sentence's tokens, in order, as the tokenizer gives them
     * @return the tokens with the readings a reader would give them in this sentence; numbers and
     *         their counters may be joined into one token
     */
    public List<Token> resolve(List<Token> tokens) {
        Check.notNull(tokens, "tokens");
        return NumberUnits.join(tokens);
    }
}
