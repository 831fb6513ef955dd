package dev.yomu.text;

/**
 * Derives the reading of a dictionary form from the reading of an inflected surface: 行っ (おこなっ)
 * and 行う share the kanji 行, so its reading おこな is the surface reading minus the kana ending っ;
 * the lemma's kana ending う is then appended.
 */
final class ReadingDeriver {
    private ReadingDeriver() {}

    /** @return the lemma's reading in hiragana, or "" when the two forms do not line up */
    static String derive(String surface, String lemma, String surfaceReading) {
        if (surfaceReading.isEmpty()) return "";
        int common = commonPrefix(surface, lemma);
        if (common == 0) return "";
        String surfaceTail = Kana.toHiragana(surface.substring(common));
        String lemmaTail = Kana.toHiragana(lemma.substring(common));
        if (!isKanaOrEmpty(surfaceTail) || !isKanaOrEmpty(lemmaTail)) return "";
        if (!surfaceReading.endsWith(surfaceTail)) return "";
        String stemReading = surfaceReading.substring(0, surfaceReading.length() - surfaceTail.length());
        return stemReading.isEmpty() ? "" : stemReading + lemmaTail;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    private static boolean isKanaOrEmpty(String s) {
        return s.isEmpty() || Kana.isAllKana(s);
    }
}
