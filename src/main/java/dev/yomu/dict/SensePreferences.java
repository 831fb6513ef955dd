package dev.yomu.dict;

import dev.yomu.support.ResourceLines;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sense of a word to show first where the part of speech cannot decide, from the data file
 * sense-preferences.tsv (its header names the source). Loaded once into a map.
 */
final class SensePreferences {
    private static final String RESOURCE = "sense-preferences.tsv";
    private static final Map<String, String> BY_KEY = load();

    private SensePreferences() {}

    /** @return the gloss text that marks the preferred sense of {@code lemma} used as {@code use}, or null */
    static String preferredGloss(String lemma, WordUse use) {
        String gloss = BY_KEY.get(lemma + '\t' + use.name());
        return gloss != null ? gloss : BY_KEY.get(lemma + '\t' + WordUse.ANY.name());
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String line : ResourceLines.entries(SensePreferences.class, RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalStateException(RESOURCE + ": expected 3 columns: " + line);
            WordUse use = WordUse.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            map.put(f[0].strip() + '\t' + use.name(), f[2].strip());
        }
        return Map.copyOf(map);
    }
}
