package dev.yomu.quiz;

import dev.yomu.text.Token;
import java.util.List;

/**
 * Sentences a link or a machine translation has broken, which a question must not quote to a
 * learner. Each rule is named, and each was judged in an independent sample:
 * <ul>
 * <li>two proper names run together with no particle between them (「キエフロシア連邦の…」,
 *     「イギリスロイド=ジョージ戦時内閣は」, second sample): Japanese joins two names only with a
 *     particle or a mark (・, と, の);
 * <li>no predicate at the end: a body sentence over 40 characters that ends in a bare noun
 *     (「…ロシアとその同盟国に対する大量破壊兵器。」, fourth sample) lost its verb in translation;
 * <li>unbalanced brackets: a 」 or ） with no opening one, or the reverse (「…発展するかもしれない)が
 *     アフガニスタンに…」, fourth sample), whether the source or the context window cut them;
 * <li>a slash inside Japanese (「ロシア連邦および/またはその同盟国」): a translated legal "and/or";
 * <li>an adverb that needs a negative verb, followed by の (「必ずしもの行動歩調」, fourth sample): a
 *     word lost in the source.
 * </ul>
 */
final class GarbledSentences {
    private GarbledSentences() {}

    /** 必ずしも, 決して …: adverbs that only modify a negative predicate, never a noun through の. */
    private static final List<String> NEGATIVE_ADVERBS = List.of("必ずしも", "決して", "到底", "全然", "少しも", "一向に", "さほど");

    private static final java.util.regex.Pattern SLASH_IN_JAPANESE =
            java.util.regex.Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}][/／][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    /** Whether the sentence, by its text or its tokens, is broken. */
    static boolean garbled(QuizSource.QuizSentence s) {
        return garbledText(s.text()) || garbled(s.tokens()) || (!s.heading() && noPredicate(s.text(), s.tokens()));
    }

    /** The rules that need only the text, so any shown sentence or context can be checked. */
    static boolean garbledText(String text) {
        if (unbalanced(text)) return true;
        // the script classes cost a table search per character: look only where there is a slash
        if ((text.indexOf('/') >= 0 || text.indexOf('／') >= 0) && SLASH_IN_JAPANESE.matcher(text).find()) return true;
        for (String adverb : NEGATIVE_ADVERBS) if (text.contains(adverb + "の")) return true;
        return false;
    }

    /** A closing bracket with no opening one before it, or an opening one never closed. */
    static boolean unbalanced(String text) {
        return unbalanced(text, '「', '」') || unbalanced(text, '『', '』') || unbalanced(text, '（', '）')
                || unbalanced(text, '(', ')');
    }

    private static boolean unbalanced(String text, char open, char close) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) depth++;
            else if (c == close && --depth < 0) return true;
        }
        return depth != 0;
    }

    /** 「…に対する大量破壊兵器。」: a long body sentence whose last word before 。 is a bare noun. */
    static boolean noPredicate(String text, List<Token> tokens) {
        if (text.length() <= 40 || tokens.isEmpty()) return false;
        int i = tokens.size() - 1;
        while (i >= 0 && tokens.get(i).pos().equals("記号")) i--;
        if (i < 0 || !text.strip().endsWith("。")) return false;
        Token last = tokens.get(i);
        return last.pos().equals("名詞") && !last.posDetail().contains("非自立") && !last.posDetail().contains("接尾");
    }

    static boolean garbled(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token a = tokens.get(i), b = tokens.get(i + 1);
            if (a.end() == b.begin() && name(a) && (name(b) || katakanaCompound(a, b)) && !sameScriptKanji(a, b)) return true;
        }
        return false;
    }

    private static boolean name(Token t) {
        return t.pos().equals("名詞") && t.posDetail().contains("固有名詞") && t.surface().length() >= 2
                && (t.posDetail().contains("地域") || t.posDetail().contains("人名"));
    }

    // キエフ|ロシア連邦: the dictionary's compound of a name (ロシア連邦) glued to a katakana name before it
    private static boolean katakanaCompound(Token a, Token b) {
        return b.posDetail().contains("複合語") && katakana(a.surface().charAt(a.surface().length() - 1))
                && b.surface().length() >= 2 && katakana(b.surface().charAt(0)) && katakana(b.surface().charAt(1));
    }

    private static boolean katakana(char c) {
        return c >= 0x30A1 && c <= 0x30FA;
    }

    // 日米, 北浜市: kanji names compound with each other; a run of two katakana names does not
    private static boolean sameScriptKanji(Token a, Token b) {
        return isKanji(a.surface().charAt(a.surface().length() - 1)) && isKanji(b.surface().charAt(0));
    }

    private static boolean isKanji(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
