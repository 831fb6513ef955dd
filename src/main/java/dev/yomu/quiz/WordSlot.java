package dev.yomu.quiz;

import dev.yomu.text.Token;
import java.util.Set;

/**
 * The grammatical slot a word fills in its sentence, read off the tokenizer's part of speech: a
 * distractor must be able to stand where the answer stands (JLPT 文脈規定). A na-adjective cannot
 * precede に対する where 標的 does, 多く (an adverbial noun) cannot be what blows where 風 does, and
 * 壊滅的 stands out among plain nouns as the one adjective.
 */
enum WordSlot {
    NOUN, VERBAL_NOUN, NA_ADJECTIVE, ADVERBIAL_NOUN, FUNCTION_NOUN, PROPER_NOUN, NUMBER, VERB, I_ADJECTIVE, ADVERB, OTHER;

    /**
     * Nouns that only complete a frame (米国と同盟国との間で, 多くの中, 攻撃の際): nothing else could fill
     * their blank, and as a distractor they fit no content slot. The Japanese grammar nouns of the
     * JLPT N3-N2 lists (形式名詞 and relational nouns).
     */
    static final Set<String> FUNCTION_NOUNS = Set.of("間", "中", "上", "下", "際", "ため", "為", "前", "後", "外", "内",
            "側", "方", "点", "場合", "時", "頃", "末", "他", "以上", "以下", "以外", "以来", "以降", "以前", "一方", "うち",
            "ほか", "こと", "もの", "ところ", "等", "最中", "向け", "全体", "一部", "多く", "次", "先", "たび");

    /**
     * Na-adjective stems that head a dictionary compound (実行可能, 不必要, 最重要): the compound is a
     * na-adjective like its head. The common 形容動詞語幹 of the JLPT N3-N2 lists that form compounds.
     */
    static final Set<String> NA_HEADS = Set.of("可能", "必要", "重要", "困難", "明確", "安全", "危険", "有効", "自由", "十分",
            "確実", "深刻", "簡単", "複雑", "有利", "不利", "適切", "正確", "明らか", "不安", "不明", "不足", "無効", "有名", "強力",
            "積極", "消極", "一般", "特別", "正式", "完全", "不可欠", "不可能", "大切", "便利", "不便", "活発", "豊富", "貴重");

    static WordSlot of(Token t) {
        if (t.pos().equals("名詞") && t.surface().length() > 2)
            for (String head : NA_HEADS)
                if (t.surface().endsWith(head) && !t.surface().equals(head)) return NA_ADJECTIVE;
        return single(t);
    }

    private static WordSlot single(Token t) {
        String pos = t.pos(), detail = t.posDetail(), lemma = t.lemma();
        if (FUNCTION_NOUNS.contains(lemma) || FUNCTION_NOUNS.contains(t.surface())) return FUNCTION_NOUN;
        return switch (pos) {
            case "動詞" -> detail.contains("非自立") || detail.contains("接尾") ? OTHER : VERB;
            case "形容詞" -> I_ADJECTIVE;
            case "副詞", "連体詞" -> ADVERB;
            case "名詞" -> noun(detail, lemma);
            default -> OTHER;
        };
    }

    private static WordSlot noun(String detail, String lemma) {
        if (detail.contains("形容動詞語幹") || adjectivalTeki(lemma)) return NA_ADJECTIVE;
        if (detail.contains("副詞可能")) return ADVERBIAL_NOUN;
        if (detail.contains("非自立") || detail.contains("接尾") || detail.contains("代名詞")) return FUNCTION_NOUN;
        if (detail.contains("数")) return NUMBER;
        if (detail.contains("固有名詞")) return PROPER_NOUN;
        if (detail.contains("サ変接続")) return VERBAL_NOUN;
        return NOUN;
    }

    /** 軍事的, 継続的: -的 makes an adjective of a noun of two characters or more; 標的 is a noun. */
    static boolean adjectivalTeki(String lemma) {
        return lemma.length() >= 3 && lemma.endsWith("的");
    }

    /** Whether a word of this slot can stand where a word of {@code other} stands. */
    boolean fits(WordSlot other) {
        if (this == OTHER || other == OTHER || this == FUNCTION_NOUN || other == FUNCTION_NOUN) return false;
        // 計画 (サ変) and 標的 (一般) both take any case particle: one slot for a blank's purposes
        boolean nounish = (this == NOUN || this == VERBAL_NOUN) && (other == NOUN || other == VERBAL_NOUN);
        return this == other || nounish;
    }
}
