package dev.yomu.dict;

import dev.yomu.text.Kana;
import dev.yomu.text.NumberUnits;
import dev.yomu.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves word boundaries IPADIC draws in the wrong place, before compounds are joined:
 * <ul>
 *   <li>運転 + 手不足 is 運転手 + 不足 when both of those are common words and 手不足 is not;</li>
 *   <li>8 + 月末 is 8月 + 末: the month takes its counter, so no 月末 "end of the month" is carded
 *       across a number;</li>
 *   <li>五輪以上 counts blossoms: a kanji numeral and a counter before 以上, 以下, ほど ... are a number,
 *       not the word 五輪 "the Olympics".</li>
 * </ul>
 */
final class TokenRecut {
    private static final String COUNTED_AFTER = "以上 以下 未満 ほど ずつ 余り あまり 前後 近く";
    private static final String KANJI_NUMERALS = "一二三四五六七八九十百千万何数幾";

    private final Lexicon lexicon;

    TokenRecut(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Token> recut(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token previous = i > 0 && tokens.get(i - 1).end() == t.begin() ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() && tokens.get(i + 1).begin() == t.end() ? tokens.get(i + 1) : null;
            List<Token> replaced = null;
            // a number the reading resolver already read with its counter takes no second one: 3歳 + 年上
            if (previous != null && isNumber(previous) && !previous.posDetail().equals(NumberUnits.NUMBER))
                replaced = counterAfterNumber(t);
            else if (next != null && isNumberWithCounter(t, next)) replaced = List.of(withDetail(t, "数"));
            if (replaced == null && next != null) {
                List<Token> moved = moveFirstChar(t, next);
                if (moved != null) {
                    if (out == null) out = new ArrayList<>(tokens.subList(0, i));
                    out.addAll(moved);
                    i++;
                    continue;
                }
            }
            if (replaced != null && out == null) out = new ArrayList<>(tokens.subList(0, i));
            if (out != null) {
                if (replaced != null) out.addAll(replaced);
                else out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    // 8 + 月末 → 8 + 月 + 末.
    private List<Token> counterAfterNumber(Token t) {
        String s = t.surface();
        if (!t.pos().equals("名詞") || s.length() != 2 || t.posDetail().startsWith("接尾")) return null;
        String counterReading = switch (s.charAt(0)) {
            case '月' -> "がつ";
            case '日' -> "にち";
            case '年' -> "ねん";
            default -> null;
        };
        if (counterReading == null) return null;
        String rest = s.substring(1);
        String restReading = tailReading(t.surfaceReading(), rest);
        return List.of(
                new Token(s.substring(0, 1), s.substring(0, 1), counterReading, counterReading, "名詞", "接尾,助数詞", t.begin(), t.begin() + 1),
                new Token(rest, rest, restReading, restReading, "名詞", "接尾,一般", t.begin() + 1, t.end()));
    }

    // The reading of the last part of a token: the dictionary reading of {@code rest} the token's reading ends with.
    private String tailReading(String reading, String rest) {
        for (DictEntry e : lexicon.lookup(rest))
            for (String r : e.readings()) if (reading.endsWith(Kana.toHiragana(r))) return Kana.toHiragana(r);
        return "";
    }

    private static boolean isNumber(Token t) {
        return t.pos().equals("名詞") && t.posDetail().startsWith("数");
    }

    private static boolean isNumberWithCounter(Token t, Token next) {
        String s = t.surface();
        return t.pos().equals("名詞") && s.length() == 2 && KANJI_NUMERALS.indexOf(s.charAt(0)) >= 0
                && !t.posDetail().startsWith("数") && next.surface().length() >= 2 && COUNTED_AFTER.contains(next.surface());
    }

    // 運転 + 手不足 → 運転手 + 不足: only when the new words are common and the old right one is not.
    private List<Token> moveFirstChar(Token left, Token right) {
        String r = right.surface();
        if (r.length() < 3 || !left.pos().equals("名詞") || !right.pos().equals("名詞") || left.surface().length() < 2
                || !Kana.containsKanji(left.surface()) || !Kana.isKanji(r.charAt(0)) || left.posDetail().startsWith("数"))
            return null;
        String newLeft = left.surface() + r.charAt(0);
        if (!lexicon.containsForm(newLeft)) return null;
        String newRight = r.substring(1);
        DictEntry leftEntry = commonEntry(newLeft), rightEntry = commonEntry(newRight);
        if (leftEntry == null || rightEntry == null || commonEntry(r) != null) return null;
        // The word is read as the dictionary has it (ふそく); in the sentence it keeps its sound change (ぶそく).
        String rightSurfaceReading = tailReading(right.surfaceReading(), newRight);
        if (rightSurfaceReading.isEmpty()) rightSurfaceReading = rendakuTail(right.surfaceReading(), String.valueOf(r.charAt(0)));
        String rightReading = Kana.toHiragana(rightEntry.primaryReading());
        if (rightSurfaceReading.isEmpty()) rightSurfaceReading = rightReading;
        String leftReading = CompoundReading.pick(lexicon.lookup(newLeft), newLeft, "").orElse("");
        if (leftReading.isEmpty()) return null;
        int cut = right.begin() + 1;
        return List.of(
                new Token(newLeft, newLeft, leftReading, leftReading, "名詞", "一般", left.begin(), cut),
                new Token(newRight, newRight, rightReading, rightSurfaceReading, "名詞", "一般", cut, right.end()));
    }

    // てぶそく without its て: the right part keeps the sound change it had in the whole (運転手不足 うんてんしゅぶそく).
    private String rendakuTail(String reading, String firstChar) {
        for (DictEntry e : lexicon.lookup(firstChar))
            for (String r : e.readings()) {
                String h = Kana.toHiragana(r);
                if (reading.startsWith(h) && reading.length() > h.length()) return reading.substring(h.length());
            }
        return "";
    }

    private DictEntry commonEntry(String form) {
        for (DictEntry e : lexicon.lookup(form)) if (e.common() && e.headwords().contains(form)) return e;
        return null;
    }

    private static Token withDetail(Token t, String detail) {
        return new Token(t.surface(), t.lemma(), t.reading(), t.surfaceReading(), t.pos(), detail, t.begin(), t.end());
    }
}
