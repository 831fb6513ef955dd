package dev.yomu.reader;

/**
 * A run of an article's text: one token, or the text between tokens.
 *
 * @param text    the characters as written
 * @param reading the reading of the text as written (hiragana), or empty
 * @param wordId  the word the token is an occurrence of, or -1 for text that is not a study word or name
 */
public record Piece(String text, String reading, long wordId) {
    public boolean isWord() {
        return wordId >= 0;
    }
}
