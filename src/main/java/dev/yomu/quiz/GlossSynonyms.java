package dev.yomu.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a distractor gloss means what the key word itself can mean: it is one of the key's own
 * glosses (any sense), or a near-synonym of one (near-synonym-glosses.tsv names the groups and their
 * source). 示す "to show" among "to reveal" and "to state", or 存続 "survival" among "duration",
 * leaves two defensible answers.
 */
final class GlossSynonyms {
    private static final String RESOURCE = "/dev/yomu/quiz/near-synonym-glosses.tsv";
    private static final List<List<Pattern>> GROUPS = load();

    private GlossSynonyms() {}

    static boolean ownOrNear(String keyGlosses, String distractor) {
        String d = plain(distractor);
        for (String g : GlossTypes.GLOSSES_SEPARATOR.split(keyGlosses))
            if (plain(g).equals(d)) return true;
        String key = keyGlosses.toLowerCase(Locale.ROOT);
        String dl = distractor.toLowerCase(Locale.ROOT);
        for (List<Pattern> group : GROUPS) {
            boolean inKey = group.stream().anyMatch(p -> p.matcher(key).find());
            boolean inDistractor = group.stream().anyMatch(p -> p.matcher(dl).find());
            if (inKey && inDistractor) return true;
        }
        return false;
    }

    // "(being in) the red" and "being in the red", "to (take out and) show" and "to show": the same gloss
    private static String plain(String gloss) {
        String noNotes = GlossTypes.PAREN_NOTE.matcher(gloss).replaceAll(" ");
        return GlossTypes.WHITESPACE.matcher(noNotes).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static List<List<Pattern>> load() {
        List<List<Pattern>> out = new ArrayList<>();
        try (InputStream in = GlossSynonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                List<Pattern> group = new ArrayList<>();
                for (String w : line.split("\t"))
                    if (!w.isBlank()) group.add(Pattern.compile("\\b" + Pattern.quote(w.strip().toLowerCase(Locale.ROOT)) + "\\b"));
                out.add(List.copyOf(group));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

}
