package dev.yomu.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a distractor gloss means what the key word itself can mean: it is one of the key's own
 * glosses (any sense), or a near-synonym of one (near-synonym-glosses.tsv names the groups and their
 * source). 示す "to show" among "to reveal" and "to state", or 存続 "survival" among "duration",
 * leaves two defensible answers.
 */
final class GlossSynonyms {
    private static final List<List<Pattern>> GROUPS = load("/dev/yomu/quiz/near-synonym-glosses.tsv");
    private static final List<List<Pattern>> FIELDS = load("/dev/yomu/quiz/cloze-fields.tsv");

    private GlossSynonyms() {}

    static boolean ownOrNear(String keyGlosses, String distractor) {
        String d = plain(distractor);
        for (String g : GlossTypes.GLOSSES_SEPARATOR.split(keyGlosses))
            if (plain(g).equals(d)) return true;
        return inOneGroup(GROUPS, keyGlosses, distractor);
    }

    /**
     * Whether two words' glosses (all senses) name acts of one semantic field (cloze-fields.tsv) or are
     * near-synonyms: 登場 "appearance" and 樹立 "establishment" both complete 「ロシア革命で（　）した政権」.
     */
    static boolean sameField(String glossesA, String glossesB) {
        return inOneGroup(FIELDS, glossesA, glossesB) || inOneGroup(GROUPS, glossesA, glossesB);
    }

    // Which groups a text is in, by group list: the same glosses are checked against every other word's
    // (a quadratic number of pairs per article), and each check ran every pattern of every group.
    private static final Map<String, BitSet> IN_GROUPS = new ConcurrentHashMap<>();
    private static final Map<String, BitSet> IN_FIELDS = new ConcurrentHashMap<>();

    private static boolean inOneGroup(List<List<Pattern>> groups, String a, String b) {
        return groupsOf(groups, a).intersects(groupsOf(groups, b));
    }

    private static BitSet groupsOf(List<List<Pattern>> groups, String text) {
        return (groups == GROUPS ? IN_GROUPS : IN_FIELDS).computeIfAbsent(text, t -> {
            String lower = t.toLowerCase(Locale.ROOT);
            BitSet in = new BitSet(groups.size());
            for (int i = 0; i < groups.size(); i++)
                for (Pattern p : groups.get(i))
                    if (p.matcher(lower).find()) {
                        in.set(i);
                        break;
                    }
            return in;
        });
    }

    // "(being in) the red" and "being in the red", "to (take out and) show" and "to show": the same gloss
    private static String plain(String gloss) {
        String noNotes = GlossTypes.PAREN_NOTE.matcher(gloss).replaceAll(" ");
        return GlossTypes.WHITESPACE.matcher(noNotes).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static List<List<Pattern>> load(String resource) {
        List<List<Pattern>> out = new ArrayList<>();
        try (InputStream in = GlossSynonyms.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
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
