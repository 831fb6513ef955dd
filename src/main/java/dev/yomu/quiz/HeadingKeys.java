package dev.yomu.quiz;

import dev.yomu.text.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How strongly a shown excerpt points at a heading: how many of the heading's key words (its nouns
 * and verbs, the words a reader matches a heading by) the excerpt contains. A heading question is
 * fair only when the right heading scores more than every distractor.
 */
final class HeadingKeys {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern NOT_KANJI_OR_KATAKANA = java.util.regex.Pattern.compile("[^\\p{IsHan}\\p{IsKatakana}ー]+");

    private HeadingKeys() {}

    static int score(String heading, List<Token> tokens, String excerpt) {
        int n = 0;
        for (String k : keys(heading, tokens)) if (excerpt.contains(k) || variant(k, excerpt)) n++;
        return n;
    }

    /**
     * 減少 in a paragraph that says 減り続け, 延長 where it says 延びた: a two-kanji word whose first kanji
     * stands in the excerpt as a verb (kanji and okurigana) is the same word to a reader.
     */
    static boolean variant(String key, String excerpt) {
        if (key.length() != 2 || !key.codePoints().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) return false;
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(key.substring(0, 1)) + "[ぁ-ん]").matcher(excerpt).find();
    }

    /** The heading's content words; without tokens, its runs of kanji and katakana. */
    static Set<String> keys(String heading, List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens) {
            boolean content = t.pos().equals("名詞") && !t.posDetail().startsWith("非自立") && !t.posDetail().startsWith("数")
                    || t.pos().equals("動詞") && t.posDetail().startsWith("自立");
            if (!content || t.surface().length() < 1) continue;
            // a verb is found by its stem (撤退した / 撤退する), a noun as written
            String k = t.pos().equals("動詞") ? t.surface().substring(0, Math.max(1, t.surface().length() - 1)) : t.surface();
            if (k.length() >= 2 || k.codePoints().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) out.add(k);
        }
        if (tokens.isEmpty())
            for (String run : NOT_KANJI_OR_KATAKANA.split(heading)) if (run.length() >= 2) out.add(run);
        return out;
    }
}
