package dev.yomu.text;

import dev.yomu.support.Check;
import java.util.List;

/**
 * Whether a sentence is a whole sentence, fit to show a word in: it says something (it has a
 * predicate: a verb, an adjective, or an auxiliary such as だ, です or た), it is long enough to give
 * context, and it begins as a sentence does. What a splitter cut out of a longer text
 * ({@code /またはその同盟国。}) or a bare noun phrase is not.
 */
public final class WholeSentence {
    /** Fewer characters than this give a word too little context. */
    static final int MIN_CHARS = 8;

    private WholeSentence() {}

    public static boolean test(String text, List<Token> tokens) {
        Check.notNull(text, "text");
        Check.notNull(tokens, "tokens");
        String s = text.strip();
        if (s.length() < MIN_CHARS || !beginsLikeASentence(s) || s.contains("XNUMX")) return false;
        for (Token t : tokens) {
            switch (t.pos()) {
                case "動詞", "形容詞", "助動詞" -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** A word, a number or an opening bracket or quote; not a stray slash, dash, ellipsis or closing bracket. */
    private static boolean beginsLikeASentence(String s) {
        int c = s.codePointAt(0);
        return Character.isLetterOrDigit(c) || "「『（(【〈《“\"".indexOf(c) >= 0;
    }
}
