package dev.yomu.text;

/** Character classes and kana conversion used all over the text pipeline. */
public final class Kana {
    private Kana() {}

    public static boolean isHiragana(int c) {
        return c >= 0x3041 && c <= 0x309F;
    }

    public static boolean isKatakana(int c) {
        return (c >= 0x30A0 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF);
    }

    public static boolean isKana(int c) {
        return isHiragana(c) || isKatakana(c);
    }

    /** CJK ideographs, including 々 (repeat mark) and 〆, which take readings like kanji. */
    public static boolean isKanji(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x20000 && c <= 0x2FFFF) || c == '々' || c == '〆' || c == 'ヶ';
    }

    public static boolean containsKanji(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isKanji(c)) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    // Three plain loops, not one loop over a predicate: these run for every token of every import,
    // and a predicate shared by three callers is not inlined.

    /** Kana and ー only, and not empty. */
    public static boolean isAllKana(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!(isKana(c) || c == 'ー')) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** Katakana (・ included) and ー only, and not empty. */
    public static boolean isAllKatakana(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!(isKatakana(c) || c == 'ー')) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** Kanji, kana and ー only, and not empty: what Japanese words are written with. */
    public static boolean isWordChars(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!(isKanji(c) || isKana(c) || c == 'ー')) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** Katakana to hiragana; everything else (including ー) is kept. */
    public static String toHiragana(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return sb.toString();
    }

    /** Whether {@code reading} is {@code text} with its katakana as hiragana: {@link #toHiragana} without a copy. */
    public static boolean isHiraganaOf(String reading, String text) {
        if (reading.length() != text.length()) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (reading.charAt(i) != (c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c)) return false;
        }
        return true;
    }

    /** Hiragana to katakana; everything else is kept. */
    public static String toKatakana(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
        }
        return sb.toString();
    }
}
