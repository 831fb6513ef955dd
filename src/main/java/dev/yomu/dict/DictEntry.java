package dev.yomu.dict;

import dev.yomu.support.Check;

import java.util.List;

/**
 * One dictionary entry: the ways a word is written and read, and what it means.
 *
 * @param headwords kanji forms (同盟国); empty for words written only in kana
 * @param readings  kana forms (どうめいこく, タリバン), preferred first
 * @param senses    meanings, in dictionary order
 * @param common    EDICT's (P) or JMdict's news1/ichi1/spec1/spec2/gai1 priority: a word worth learning early
 */
public record DictEntry(List<String> headwords, List<String> readings, List<Sense> senses, boolean common) {

    public DictEntry {
        headwords = List.copyOf(Check.notNull(headwords, "headwords"));
        readings = List.copyOf(Check.notNull(readings, "readings"));
        senses = List.copyOf(Check.notNull(senses, "senses"));
        Check.isTrue(!readings.isEmpty() || !headwords.isEmpty(), "A dictionary entry needs a headword or a reading.");
    }

    /**
     * The first glosses over all senses, for a one-line meaning, with the senses kept apart.
     *
     * @param max how many glosses at most (at least 1)
     * @return glosses of one sense joined by "; ", senses by " / ", e.g. "evacuation; withdrawal / retreat"
     */
    public String firstGlosses(int max) {
        Check.inRange(max, 1, Integer.MAX_VALUE, "max");
        StringBuilder sb = new StringBuilder();
        int left = max;
        for (Sense s : senses) {
            if (left == 0) break;
            if (s.glosses().isEmpty()) continue;
            if (sb.length() > 0) sb.append(Meaning.SENSE_SEPARATOR);
            List<String> shown = s.glosses().subList(0, Math.min(left, s.glosses().size()));
            sb.append(String.join(Meaning.GLOSS_SEPARATOR, shown));
            left -= shown.size();
        }
        return sb.toString();
    }

    /** @return the preferred reading, or the first headword for the rare entry without one */
    public String primaryReading() {
        return readings.isEmpty() ? headwords.get(0) : readings.get(0);
    }

    /** @return the first headword, or the primary reading for kana-only words */
    public String primaryForm() {
        return headwords.isEmpty() ? readings.get(0) : headwords.get(0);
    }
}
