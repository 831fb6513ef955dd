package dev.yomu.dict;

import dev.yomu.text.Kana;

import java.util.List;
import java.util.Optional;

/**
 * Picks the dictionary reading of a compound closest to the joined readings of its parts; the
 * dictionary is right about sound changes (rendaku) that the joined parts miss.
 */
final class CompoundReading {
    private CompoundReading() {}

    /**
     * @param entries entries found for the compound's form
     * @param form    the compound as written
     * @param joined  the parts' readings joined, in hiragana; "" if some part had none
     * @return the best reading in hiragana, or empty if no entry has {@code form} as a headword
     */
    static Optional<String> pick(List<DictEntry> entries, String form, String joined) {
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (DictEntry entry : entries) {
            if (!entry.headwords().contains(form)) continue;
            for (String reading : entry.readings()) {
                String r = Kana.toHiragana(reading);
                int score = similarity(r, joined) * 2 + (entry.common() ? 1 : 0);
                if (score > bestScore) {
                    best = r;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int similarity(String a, String b) {
        if (b.isEmpty()) return 0;
        if (a.equals(b)) return 1000;
        int prefix = 0;
        while (prefix < Math.min(a.length(), b.length()) && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < Math.min(a.length(), b.length()) - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) suffix++;
        return prefix + suffix - Math.abs(a.length() - b.length());
    }
}
