package dev.yomu.dict;

import dev.yomu.text.Kana;
import dev.yomu.text.Token;

/** Which tokens may form part of a compound, and where. */
final class CompoundParts {
    private CompoundParts() {}

    static boolean canStart(Token t) {
        // A number never starts a compound: 数年前 is 数年 + 前, a count and a word, not one word to study.
        return isNounLike(t) && !t.posDetail().startsWith("接尾") || isPrefix(t);
    }

    static boolean canContinue(Token t) {
        return isNounLike(t) || isPrefix(t) || isKanjiNumber(t);
    }

    /** 一 in 第一次世界大戦: a number written in kanji, which may sit inside a compound after its prefix. */
    static boolean isKanjiNumber(Token t) {
        return t.pos().equals("名詞") && t.posDetail().startsWith("数") && Kana.containsKanji(t.surface())
                && isWordChars(t.surface());
    }

    static boolean canEnd(Token t) {
        return isNounLike(t);
    }

    private static boolean isPrefix(Token t) {
        return t.pos().equals("接頭詞") && isWordChars(t.surface());
    }

    // Numbers stay out: 三+月 is a date, not vocabulary. Pronouns and 非自立 (こと, ため) are grammar.
    // Person names stay out so a name is never swallowed into a dictionary word.
    private static boolean isNounLike(Token t) {
        if (!t.pos().equals("名詞") || !isWordChars(t.surface())) return false;
        String d = t.posDetail();
        return !(d.startsWith("数") || d.startsWith("代名詞") || d.startsWith("非自立") || d.startsWith("特殊")
                || d.contains("人名") || d.startsWith(CompoundFinder.COMPOUND));
    }

    // IPADIC sometimes tags "(" or Latin words as nouns; those never form a Japanese compound.
    private static boolean isWordChars(String s) {
        return Kana.isWordChars(s);
    }
}
