package dev.yomu.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The gloss a vocabulary question asks for a word, where the dictionary's first gloss of the fitting
 * sense is not the one the text means: 提供 in 「ウクライナに提供した兵器」 is "providing", not
 * "offer". Read from the dictionary's sense-preferences.tsv (its header names the source), whose
 * gloss column names the sense the dictionary puts first; the quiz asks that gloss itself.
 */
final class QuizSenses {
    private static final String RESOURCE = "/dev/yomu/dict/sense-preferences.tsv";
    private static final Map<String, String> PREFERRED = load();

    private QuizSenses() {}

    /** The preferred gloss of {@code lemma} (any use), or null when the file names none. */
    static String preferred(String lemma) {
        return PREFERRED.get(lemma);
    }

    static boolean hasPreference(String lemma) {
        return PREFERRED.containsKey(lemma);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = QuizSenses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length == 3) out.putIfAbsent(f[0].strip(), f[2].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
