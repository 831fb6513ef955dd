package dev.yomu.dict;

import dev.yomu.support.Check;

import java.util.List;
import java.util.StringJoiner;

/**
 * A dictionary entry as it explains one word in its sentence: its senses reordered so that the one
 * that fits comes first (よく the adverb: "nicely; properly; well" before "frequently; often").
 *
 * @param entry  the entry chosen
 * @param senses the entry's senses, fitting first
 */
public record Meaning(DictEntry entry, List<Sense> senses) {
    /** Between the glosses of one sense. */
    public static final String GLOSS_SEPARATOR = "; ";
    /** Between senses, so a learner sees where one meaning ends and another begins. */
    public static final String SENSE_SEPARATOR = " / ";

    public Meaning {
        Check.notNull(entry, "entry");
        senses = List.copyOf(Check.notNull(senses, "senses"));
    }

    /**
     * @param maxSenses          how many senses at most
     * @param maxGlossesPerSense how many glosses of each sense at most
     * @return e.g. "dealing with; coping with; handling / correspondence (to); equivalence"
     */
    public String text(int maxSenses, int maxGlossesPerSense) {
        StringJoiner out = new StringJoiner(SENSE_SEPARATOR);
        int shown = 0;
        for (Sense s : senses) {
            if (shown == maxSenses) break;
            if (s.glosses().isEmpty()) continue;
            out.add(String.join(GLOSS_SEPARATOR, s.glosses().subList(0, Math.min(maxGlossesPerSense, s.glosses().size()))));
            shown++;
        }
        return out.toString();
    }

    /**
     * @param glosses a meaning as {@link #text} writes it
     * @return its first gloss, the one taken as the word's meaning in quizzes
     */
    public static String firstGloss(String glosses) {
        int sense = glosses.indexOf(SENSE_SEPARATOR);
        String first = sense < 0 ? glosses : glosses.substring(0, sense);
        int gloss = first.indexOf(GLOSS_SEPARATOR);
        return (gloss < 0 ? first : first.substring(0, gloss)).strip();
    }
}
