package dev.yomu.text;

/** A token given another reading, its surface and dictionary-form readings kept consistent. */
public final class Readings {
    private Readings() {}

    /**
     * @param reading the reading of the token as written (when surface and lemma are one word, of both)
     * @return the token read that way; a token whose lemma differs keeps its lemma's kana ending
     */
    public static Token withReading(Token t, String reading) {
        String lemmaReading = t.lemma().equals(t.surface()) ? reading
                : orElse(ReadingDeriver.derive(t.surface(), t.lemma(), reading), t.reading());
        return new Token(t.surface(), t.lemma(), lemmaReading, reading, t.pos(), t.posDetail(), t.begin(), t.end());
    }

    /**
     * @param lemmaReading the reading of the token's dictionary form (辛い からい)
     * @return the token with that lemma reading and the surface read to match (辛くて からくて); the
     *         token unchanged when the two forms do not line up
     */
    public static Token withLemmaReading(Token t, String lemmaReading) {
        String surfaceReading = ReadingDeriver.derive(t.lemma(), t.surface(), lemmaReading);
        if (surfaceReading.isEmpty()) return t;
        return new Token(t.surface(), t.lemma(), lemmaReading, surfaceReading, t.pos(), t.posDetail(), t.begin(), t.end());
    }

    private static String orElse(String s, String fallback) {
        return s.isEmpty() ? fallback : s;
    }
}
