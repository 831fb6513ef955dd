package dev.yomu.reader;

/**
 * A run of an article's text: one token (or a number with its counter), or the text between tokens.
 *
 * @param text    the characters as written
 * @param reading the reading of the text as written (hiragana), or empty
 * @param wordId  the stored word (a study word or a name) the token is an occurrence of, or -1
 * @param lemma   what to look the piece up by when it is a word a learner may point at (see
 *                {@link PointableWords}); null for particles, auxiliaries, punctuation and the text between tokens
 */
public record Piece(String text, String reading, long wordId, Lemma lemma) {
    /** A piece that is a stored word ({@code wordId >= 0}) or no word at all. */
    public Piece(String text, String reading, long wordId) {
        this(text, reading, wordId, null);
    }

    /** A word the cursor stops on: a study word, a name, or any other word of the text. */
    public boolean isWord() {
        return wordId >= 0 || lemma != null;
    }

    /** An occurrence of a study word or name, which has a status and may have a card. */
    public boolean isStored() {
        return wordId >= 0;
    }
}
