package dev.yomu.text;

/**
 * How much a decoded text looks like real Japanese, to choose between two charsets that both decode.
 * A wrong guess shows as half-width katakana, private-use characters, rare kanji and stray symbols,
 * while right guesses are full of hiragana, the glue of every Japanese sentence.
 */
final class JapaneseScore {
    private JapaneseScore() {}

    static long of(String text) {
        long score = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            score += weight(c);
            i += Character.charCount(c);
        }
        return score;
    }

    private static int weight(int c) {
        if (Kana.isHiragana(c)) return 3;
        if (Kana.isKatakana(c) || isCommonKanji(c) || c == '。' || c == '、') return 1;
        if (c < 0x80) return 0;
        if (isOdd(c)) return -4;
        return 0;
    }

    private static boolean isCommonKanji(int c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    private static boolean isOdd(int c) {
        return (c >= 0xFF61 && c <= 0xFF9F) // half-width katakana
                || (c >= 0xE000 && c <= 0xF8FF) // private use (Shift_JIS user-defined area)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) // rare / compatibility kanji
                || (c >= 0x0080 && c <= 0x00BF) || (c >= 0x2500 && c <= 0x257F) // Latin-1 symbols, box drawing
                || Character.getType(c) == Character.UNASSIGNED;
    }
}
