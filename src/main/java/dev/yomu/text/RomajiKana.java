package dev.yomu.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Converts romaji to kana as a learner types a reading: Hepburn and the usual IME spellings
 * ({@code shi/si}, {@code chi/ti}, {@code tsu/tu}, {@code fu/hu}, {@code ji/zi}, {@code ja/jya/zya},
 * {@code kya} ...). Pure and stateless.
 *
 * <p>Rules, in order of precedence at each position:
 * <ul>
 *   <li>characters that are not ASCII letters, {@code -} or {@code '} pass through unchanged (kana included);</li>
 *   <li>{@code -} becomes ー;</li>
 *   <li>{@code n'} becomes ん; {@code nn} becomes ん, except that when a vowel or {@code y} follows, only the
 *       first {@code n} is ん, so both Hepburn {@code minna} and IME {@code minnna} give みんな;</li>
 *   <li>{@code n} before another consonant, or at the end, becomes ん; at the end of a {@code partial} input
 *       it stays {@code n}, since the learner may still be typing {@code na};</li>
 *   <li>a doubled consonant other than {@code n} becomes っ ({@code kka} → っか), as does {@code t} before
 *       {@code ch} ({@code matcha} → まっちゃ);</li>
 *   <li>otherwise the longest syllable in the table wins; {@code x} or {@code l} prefixes small kana
 *       ({@code xtu}, {@code ltsu} → っ, {@code xya} → ゃ); {@code wo} is を;</li>
 *   <li>letters that start no syllable are kept as typed.</li>
 * </ul>
 * Input is matched case-insensitively.
 */
public final class RomajiKana {
    private RomajiKana() {}

    private static final int LONGEST_KEY = 4;
    private static final Map<String, String> TABLE = table();

    /** {@code toHiragana(romaji, false)}: a finished answer, a trailing {@code n} is ん. */
    public static String toHiragana(String romaji) {
        return toHiragana(romaji, false);
    }

    /**
     * Converts romaji to hiragana.
     *
     * @param partial whether the learner may still be typing; then a trailing single {@code n} is kept
     */
    public static String toHiragana(String romaji, boolean partial) {
        return convert(romaji, partial, false);
    }

    /** {@code toKatakana(romaji, false)}. */
    public static String toKatakana(String romaji) {
        return toKatakana(romaji, false);
    }

    /** Like {@link #toHiragana(String, boolean)} but produces katakana; kana in the input is left as is. */
    public static String toKatakana(String romaji, boolean partial) {
        return convert(romaji, partial, true);
    }

    private static String convert(String romaji, boolean partial, boolean katakana) {
        String s = romaji.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) i += step(s, i, partial, katakana, out);
        return out.toString();
    }

    /** Converts what starts at {@code i}, appends it to {@code out} and returns how many chars it used. */
    private static int step(String s, int i, boolean partial, boolean katakana, StringBuilder out) {
        char c = s.charAt(i);
        if (c == '-') return emit(out, "ー", katakana, 1);
        if (c < 'a' || c > 'z') return emit(out, String.valueOf(c), false, 1);
        if (c == 'n') {
            int used = syllabicN(s, i, partial);
            if (used > 0) return emit(out, "ん", katakana, used);
            if (used < 0) return emit(out, "n", false, 1);
        }
        if (isSokuon(s, i)) return emit(out, "っ", katakana, 1);
        for (int len = Math.min(LONGEST_KEY, s.length() - i); len > 0; len--) {
            String kana = TABLE.get(s.substring(i, i + len));
            if (kana != null) return emit(out, kana, katakana, len);
        }
        return emit(out, String.valueOf(c), false, 1);
    }

    /**
     * For an {@code n} at {@code i}: how many chars make a syllabic ん (1 or 2), 0 if it starts a syllable
     * like {@code na}, or -1 if it must stay {@code n} (end of a partial input).
     */
    private static int syllabicN(String s, int i, boolean partial) {
        if (i + 1 >= s.length()) return partial ? -1 : 1;
        char next = s.charAt(i + 1);
        if (next == '\'') return 2;
        if (next == 'n') {
            boolean syllableFollows = i + 2 < s.length() && startsSyllableAfterN(s.charAt(i + 2));
            return syllableFollows ? 1 : 2;
        }
        return startsSyllableAfterN(next) ? 0 : 1;
    }

    private static boolean startsSyllableAfterN(char c) {
        return isVowel(c) || c == 'y';
    }

    private static boolean isSokuon(String s, int i) {
        if (i + 1 >= s.length()) return false;
        char c = s.charAt(i);
        char next = s.charAt(i + 1);
        if (c == 't' && next == 'c' && i + 2 < s.length() && s.charAt(i + 2) == 'h') return true;
        return c == next && c != 'n' && !isVowel(c);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
    }

    private static int emit(StringBuilder out, String text, boolean katakana, int consumed) {
        out.append(katakana ? Kana.toKatakana(text) : text);
        return consumed;
    }

    private static Map<String, String> table() {
        Map<String, String> t = new HashMap<>();
        row(t, "", "あいうえお");
        row(t, "k", "かきくけこ");
        row(t, "g", "がぎぐげご");
        row(t, "s", "さしすせそ");
        row(t, "z", "ざじずぜぞ");
        row(t, "t", "たちつてと");
        row(t, "d", "だぢづでど");
        row(t, "n", "なにぬねの");
        row(t, "h", "はひふへほ");
        row(t, "b", "ばびぶべぼ");
        row(t, "p", "ぱぴぷぺぽ");
        row(t, "m", "まみむめも");
        row(t, "r", "らりるれろ");
        put(t, "ya", "や", "yu", "ゆ", "yo", "よ", "wa", "わ", "wo", "を", "wi", "うぃ", "we", "うぇ");
        put(t, "shi", "し", "chi", "ち", "tsu", "つ", "fu", "ふ", "ji", "じ", "vu", "ゔ");
        for (String y : new String[] {"k", "g", "n", "h", "b", "p", "m", "r"}) yoon(t, y + "y", t.get(y + "i"));
        yoon(t, "sh", "し");
        yoon(t, "sy", "し");
        yoon(t, "j", "じ");
        yoon(t, "jy", "じ");
        yoon(t, "zy", "じ");
        yoon(t, "ch", "ち");
        yoon(t, "cy", "ち");
        yoon(t, "ty", "ち");
        yoon(t, "dy", "ぢ");
        put(t, "she", "しぇ", "je", "じぇ", "che", "ちぇ", "fa", "ふぁ", "fi", "ふぃ", "fe", "ふぇ", "fo", "ふぉ");
        put(t, "fyu", "ふゅ", "va", "ゔぁ", "vi", "ゔぃ", "ve", "ゔぇ", "vo", "ゔぉ", "thi", "てぃ", "dhi", "でぃ");
        smallKana(t);
        return Map.copyOf(t);
    }

    private static void smallKana(Map<String, String> t) {
        for (String prefix : new String[] {"x", "l"}) {
            row(t, prefix, "ぁぃぅぇぉ");
            put(t, prefix + "ya", "ゃ", prefix + "yu", "ゅ", prefix + "yo", "ょ", prefix + "wa", "ゎ");
            put(t, prefix + "tu", "っ", prefix + "tsu", "っ", prefix + "ka", "ゕ", prefix + "ke", "ゖ");
        }
    }

    /** Five entries {@code consonant + a/i/u/e/o}. */
    private static void row(Map<String, String> t, String consonant, String kana) {
        String vowels = "aiueo";
        for (int v = 0; v < 5; v++) t.put(consonant + vowels.charAt(v), String.valueOf(kana.charAt(v)));
    }

    /** Contracted sounds: {@code prefix + a/u/o} → {@code base} + small ゃゅょ. */
    private static void yoon(Map<String, String> t, String prefix, String base) {
        put(t, prefix + "a", base + "ゃ", prefix + "u", base + "ゅ", prefix + "o", base + "ょ");
    }

    private static void put(Map<String, String> t, String... pairs) {
        for (int k = 0; k < pairs.length; k += 2) t.put(pairs[k], pairs[k + 1]);
    }
}
