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
    private static final String UNFIT_RESOURCE = "/dev/yomu/quiz/unfit-senses.tsv";
    private static final java.util.Set<String> UNFIT = loadUnfit();

    private QuizSenses() {}

    /** The preferred gloss of {@code lemma} (any use), or null when the file names none. */
    static String preferred(String lemma) {
        return PREFERRED.get(lemma);
    }

    static boolean hasPreference(String lemma) {
        return PREFERRED.containsKey(lemma);
    }

    /**
     * 生まれる in 「悪循環が生まれている」: no dictionary sense is the one the text means ("to arise"),
     * so no gloss may be keyed for it (unfit-senses.tsv names the judged sentence).
     */
    static boolean unfit(String lemma) {
        return UNFIT.contains(lemma);
    }

    private static java.util.Set<String> loadUnfit() {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (InputStream in = QuizSenses.class.getResourceAsStream(UNFIT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + UNFIT_RESOURCE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", 2)[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Set.copyOf(out);
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
