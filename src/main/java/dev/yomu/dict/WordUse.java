package dev.yomu.dict;

import dev.yomu.text.Kana;
import dev.yomu.text.Token;

import java.util.List;

/**
 * How a word is used in its sentence, as far as choosing a dictionary entry and sense needs: よく as
 * an adverb is 良く "well", not 欲 "greed"; 対応 before する is the verb "to deal with"; 非常 before に
 * is the adverb 非常に "very". Read off the tokenizer's part of speech and the next token only.
 */
public enum WordUse {
    /** Unknown or not worth telling apart: every sense fits. */
    ANY,
    NOUN,
    /** A noun directly before another noun, as a modifier: 核対決 "nuclear confrontation". */
    PRENOUN,
    /** A noun or na-adjective stem before adverbial に: 非常に, 実際に. */
    ADVERB_NI,
    ADVERB,
    /** また at the head of a sentence: a conjunction, or an adverb IPADIC calls one. */
    CONJUNCTION,
    VERB,
    /** A noun before する: 対応する, 左右する. */
    SURU_VERB,
    NA_ADJ,
    I_ADJ,
    /** A name (ニュートン the physicist): only senses the dictionary gives as names, "Newton (Sir Isaac)". */
    NAME;

    /**
     * @param tokens the tokens of one sentence, after compounds were joined
     * @param index  the word's token
     * @return how that token is used
     */
    public static WordUse of(List<Token> tokens, int index) {
        Token t = tokens.get(index);
        Token next = index + 1 < tokens.size() && tokens.get(index + 1).begin() == t.end() ? tokens.get(index + 1) : null;
        return switch (t.pos()) {
            case "副詞" -> ADVERB;
            case "接続詞" -> CONJUNCTION;
            case "動詞" -> VERB;
            case "形容詞" -> I_ADJ;
            case "名詞" -> nounUse(t, next);
            default -> ANY;
        };
    }

    private static WordUse nounUse(Token t, Token next) {
        if (t.posDetail().startsWith("固有名詞")) return NOUN;
        boolean naStem = t.posDetail().startsWith("形容動詞語幹");
        if (next != null) {
            if (next.pos().equals("動詞") && next.lemma().equals("する")) return SURU_VERB;
            if (next.surface().equals("に") && (naStem || next.posDetail().equals("副詞化"))) return ADVERB_NI;
            if (naStem && next.surface().equals("な")) return NA_ADJ;
            // 必要がある "there is a need", 自由を守る "to defend freedom": a na-adjective stem used as a noun.
            if (naStem && next.pos().equals("助詞") && isCaseOrTopic(next.surface())) return NOUN;
            // 十分理解できた: a na-adjective stem before a noun is often adverbial; the dictionary's order stands.
            if (next.pos().equals("名詞") && isContentNoun(next)) return naStem ? ANY : PRENOUN;
            // 結局、… and 今朝降りた: a noun IPADIC says can be an adverb, used as one; before が or を a noun;
            // elsewhere (結局のところ, 当初は) either, so the dictionary's order stands.
            if (t.posDetail().startsWith("副詞可能")) {
                if (next.surface().equals("、") || next.pos().equals("動詞") || next.pos().equals("形容詞")
                        || next.pos().equals("副詞"))
                    return ADVERB;
                if (!next.surface().equals("が") && !next.surface().equals("を")) return ANY;
            }
        }
        return naStem ? NA_ADJ : NOUN;
    }

    private static boolean isCaseOrTopic(String particle) {
        return switch (particle) {
            case "が", "を", "は", "も" -> true;
            default -> false;
        };
    }

    // 対決 in 核対決 or ロシア in 自称ロシア政府, not a suffix (核兵器's 兵器 is joined anyway), a number or a symbol Kuromoji calls a noun.
    private static boolean isContentNoun(Token t) {
        String d = t.posDetail();
        return (d.startsWith("一般") || d.startsWith("サ変接続") || d.startsWith("形容動詞語幹") || d.startsWith("固有名詞")
                || d.equals(CompoundFinder.COMPOUND))
                && Kana.isWordChars(t.surface());
    }

    /**
     * @param code one EDRDG part-of-speech code of a sense (n, vs, v5t, adj-na, adv ...)
     * @return whether a sense with that code explains the word used this way
     */
    boolean fits(String code) {
        return switch (this) {
            case ANY -> true;
            case NOUN -> code.equals("n") || code.startsWith("n-") && !code.equals("n-suf") && !code.equals("n-pref")
                    || code.equals("adj-no") || code.equals("pn");
            case PRENOUN -> code.equals("n") || code.equals("adj-no") || code.equals("adj-f") || code.equals("pref")
                    || code.equals("n-pref");
            case ADVERB_NI -> code.startsWith("adv") || code.equals("adj-na") || code.equals("n-adv");
            // EDICT calls sentence adverbs like まさか "surely not" interjections.
            case ADVERB -> code.startsWith("adv") || code.equals("n-adv") || code.equals("int");
            case CONJUNCTION -> code.equals("conj") || code.startsWith("adv");
            case VERB -> isVerbCode(code) && !code.equals("vs") && !code.equals("vs-c");
            case SURU_VERB -> code.startsWith("vs");
            case NA_ADJ -> code.equals("adj-na") || code.equals("adj-nari");
            case I_ADJ -> code.equals("adj-i") || code.equals("adj-ix");
            case NAME -> false; // decided by the gloss, see Gloss
        };
    }

    /** Codes of entries that only attach to other words or stand alone: never the meaning of a content word that does not fit them. */
    static boolean isBoundOrInterjection(String code) {
        return switch (code) {
            case "int", "pref", "suf", "n-suf", "n-pref", "ctr", "prt", "aux", "aux-v", "aux-adj", "cop", "cop-da" -> true;
            default -> false;
        };
    }

    private static boolean isVerbCode(String code) {
        // vt and vi mark transitivity next to a verb code; they are not verbs by themselves.
        return code.length() >= 2 && code.charAt(0) == 'v' && !code.equals("vt") && !code.equals("vi");
    }
}
