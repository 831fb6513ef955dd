package dev.yomu.text;

import dev.yomu.text.LineClassifier.Kind;

import java.util.List;

/**
 * Finds the headline: the first headline-shaped line (short, at most one sentence) among the first
 * few content lines, before the body starts. Site names without Japanese, category labels and menus
 * are already noise; a blog tagline ("少数意見こそが真実を伝えている。個性派揃いの…") has two sentences and
 * is passed over. The search stops at the first long line, because that is the body, and a text
 * without a headline (many copied articles start with their first paragraph) gets none.
 */
final class TitleFinder {
    private TitleFinder() {}

    static final String UNTITLED = "無題";
    /** How many content lines may precede the headline (site name, tagline, date...). */
    private static final int MAX_CANDIDATES = 5;
    private static final int MAX_TITLE = 80;
    private static final int FALLBACK_LENGTH = 40;

    /** The index of the headline line, or -1. */
    static int find(List<String> lines, Kind[] kinds) {
        int candidates = 0;
        for (int i = 0; i < lines.size() && candidates < MAX_CANDIDATES; i++) {
            if (kinds[i] == Kind.COMMENT || kinds[i] == Kind.COMMENT_META) return -1;
            if (kinds[i] != Kind.CONTENT) continue;
            String line = LineRules.text(lines.get(i));
            if (line.length() > MAX_TITLE) return -1;
            if (LineRules.isHeadlineShaped(line, MAX_TITLE)) return i;
            candidates++;
        }
        return -1;
    }

    /** A title made from a first sentence: cut to a length that fits a list of articles. */
    static String shorten(String sentence) {
        if (sentence.codePointCount(0, sentence.length()) <= FALLBACK_LENGTH) return sentence;
        return sentence.substring(0, sentence.offsetByCodePoints(0, FALLBACK_LENGTH)) + "…";
    }
}
