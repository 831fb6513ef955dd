package dev.yomu.text;

import dev.yomu.support.Check;

/**
 * The reading a learner is shown. Yomu keeps every reading in hiragana, since that is how it tells
 * words apart and matches them with the dictionary and with typed answers; but a Japanese reader
 * writes a word's kana as the word does. A katakana word reads as itself (タリバン, not たりばん), and
 * only kanji take hiragana, the way dictionaries print a mixed word (ロシア語 【ロシアご】).
 */
public final class Reading {
    private Reading() {}

    /**
     * @param word    the word as written (タリバン, ロシア軍, 認める)
     * @param reading its reading in hiragana or katakana; may be empty
     * @return the reading with the word's own kana as written: タリバン, ロシアぐん, みとめる; when the
     *         word's kana cannot be found in the reading, the reading in hiragana
     */
    public static String asWritten(String word, String reading) {
        Check.notNull(word, "word");
        Check.notNull(reading, "reading");
        if (reading.isBlank()) return "";
        StringBuilder sb = new StringBuilder();
        for (Furigana.Segment s : Furigana.segments(word, reading)) sb.append(s.hasReading() ? s.reading() : s.text());
        return sb.toString();
    }
}
