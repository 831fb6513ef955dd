package dev.yomu.quiz;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Near misses of a reading, the mistakes learners really make: long vowel for short (こうしょう /
 * こしょう), a small っ added or lost (けっか / けか), dakuten added or lost (しんぱい / しんばい).
 * Every variant is still pronounceable kana.
 */
final class ReadingVariants {
    private static final String PLAIN = "かきくけこさしすせそたちつてとはひふへほ";
    private static final String VOICED = "がぎぐげござじずぜぞだぢづでどばびぶべぼ";
    private static final String O_ROW = "おこごそぞとどのほぼぽもよろょ";
    private static final String E_ROW = "えけげせぜてでねへべぺめれ";
    private static final String U_ROW = "くぐすずつぬふぶむゆるゅ";
    private static final String SOKUON_BEFORE = "かきくけこさしすせそたちつてとぱぴぷぺぽ";

    private ReadingVariants() {}

    static Set<String> of(String reading) {
        return of(reading, "");
    }

    /**
     * Near misses of {@code reading} of {@code lemma}. A long vowel is added only inside a reading of
     * kanji alone (on'yomi, where おう/お is the usual slip), never at its end nor in a word with kana
     * (こどもう, おとうずれる, かいものう are no one's mistake).
     */
    static Set<String> of(String reading, String lemma) {
        Set<String> out = new LinkedHashSet<>();
        boolean kanjiOnly = !lemma.isEmpty() && lemma.codePoints().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
        longShort(reading, out, lemma.isEmpty() || kanjiOnly);
        sokuon(reading, out);
        dakuten(reading, out);
        out.remove(reading);
        return out;
    }

    private static void longShort(String r, Set<String> out, boolean lengthen) {
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            char next = i + 1 < r.length() ? r.charAt(i + 1) : 0;
            boolean o = O_ROW.indexOf(c) >= 0 || U_ROW.indexOf(c) >= 0;
            if (o && next == 'う') out.add(r.substring(0, i + 1) + r.substring(i + 2));
            // not inside one on'yomi syllable: もく, こん, とつ stay whole (ちゅうもうく is no one's mistake)
            else if (lengthen && O_ROW.indexOf(c) >= 0 && i > 0 && i + 1 < r.length() && "くきつちんゃゅょ".indexOf(next) < 0) out.add(r.substring(0, i + 1) + "う" + r.substring(i + 1));
            if (E_ROW.indexOf(c) >= 0 && next == 'い') out.add(r.substring(0, i + 1) + r.substring(i + 2));
        }
    }

    // がっこう/がくこう, けっか/けつか: っ stands for a final く, つ, ち or き before k, s, t, p.
    private static void sokuon(String r, Set<String> out) {
        for (int i = 1; i + 1 < r.length(); i++) {
            char c = r.charAt(i), next = r.charAt(i + 1);
            if (SOKUON_BEFORE.indexOf(next) < 0) continue;
            if (c == 'っ') out.add(r.substring(0, i) + "く" + r.substring(i + 1));
            else if ("くつちき".indexOf(c) >= 0) out.add(r.substring(0, i) + "っ" + r.substring(i + 1));
        }
    }

    private static void dakuten(String r, Set<String> out) {
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            int p = PLAIN.indexOf(c), v = VOICED.indexOf(c);
            // ぢ and づ stand only for rendaku (鼻血, 三日月): ちょう → ぢょう is no spelling a learner meets
            if (p >= 0 && "ちつ".indexOf(c) < 0) out.add(r.substring(0, i) + VOICED.charAt(p) + r.substring(i + 1));
            if (v >= 0 && "ぢづ".indexOf(c) < 0) out.add(r.substring(0, i) + PLAIN.charAt(v) + r.substring(i + 1));
        }
    }
}
