package dev.yomu.dict;

import dev.yomu.support.Check;
import dev.yomu.text.Kana;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Chooses the dictionary entry, and the sense of it, that explains a word as it was read in a sentence. */
public final class Gloss {
    // A fitting part of speech outweighs commonness (良く over 欲 for the adverb よく) but never a
    // matching reading, which the reading resolver has already decided.
    private static final int FITS = 6;

    private Gloss() {}

    /**
     * Picks among homographs by reading (生 read せい or なま), then prefers common words.
     *
     * @param lexicon where to look
     * @param lemma   the dictionary form (行う, タリバン)
     * @param reading its reading in hiragana or katakana; may be empty when unknown
     * @return the entry written {@code lemma} (as headword, or as reading for kana words) that best fits
     *         {@code reading}; empty if the lexicon has no such word
     */
    public static Optional<DictEntry> best(Lexicon lexicon, String lemma, String reading) {
        Check.notNull(lexicon, "lexicon");
        Check.notNull(lemma, "lemma");
        return entry(lexicon, lemma, Kana.toHiragana(Check.notNull(reading, "reading")), WordUse.ANY);
    }

    /**
     * Like {@link #best}, and by how the word is used: the entry with a sense of the right part of
     * speech wins (ほぼ the adverb is 略 "almost", not 保母 "childcare worker"); an interjection,
     * prefix or suffix entry that does not fit is never taken; the fitting sense comes first, or the
     * one sense-preferences.tsv names where every sense has the same part of speech (対応する).
     * A na-adjective or noun before adverbial に takes the dictionary's adverb if it has one (非常に "very").
     *
     * @param use how the word is used in its sentence; {@link WordUse#ANY} when unknown
     * @return the entry with its senses in the order to show them; empty if the lexicon has no such word
     */
    public static Optional<Meaning> meaning(Lexicon lexicon, String lemma, String reading, WordUse use) {
        Check.notNull(lexicon, "lexicon");
        Check.notNull(lemma, "lemma");
        Check.notNull(use, "use");
        String wanted = Kana.toHiragana(Check.notNull(reading, "reading"));
        if (use == WordUse.ADVERB_NI) {
            Optional<Meaning> adverb = choose(lexicon, lemma + "に", wanted.isEmpty() ? "" : wanted + "に", WordUse.ADVERB_NI)
                    .filter(m -> fitting(m.entry(), WordUse.ADVERB));
            if (adverb.isPresent()) return adverb;
        }
        if (use == WordUse.NAME) return nameSenses(lexicon, lemma, wanted);
        return choose(lexicon, lemma, wanted, use);
    }

    // ニュートン as a person is not "newton (SI unit of force)": keep the senses that are names, if any.
    private static Optional<Meaning> nameSenses(Lexicon lexicon, String lemma, String wanted) {
        return choose(lexicon, lemma, wanted, WordUse.ANY).flatMap(m -> {
            List<Sense> names = m.senses().stream().filter(Gloss::isNameSense).toList();
            return names.isEmpty() ? Optional.empty() : Optional.of(new Meaning(m.entry(), names));
        });
    }

    /** Whether the sense's first gloss is a name: "Newton (Sir Isaac)", "Tokyo", "(United States of) America". */
    static boolean isNameSense(Sense s) {
        if (s.glosses().isEmpty()) return false;
        String g = s.glosses().get(0);
        int at = g.startsWith("(") ? 1 : 0; // "(United States of) America"
        return g.length() >= at + 2 && Character.isUpperCase(g.charAt(at)) && Character.isLowerCase(g.charAt(at + 1));
    }

    private static Optional<Meaning> choose(Lexicon lexicon, String lemma, String wanted, WordUse use) {
        return entry(lexicon, lemma, wanted, use).map(e -> new Meaning(e, ordered(e, lemma, use)));
    }

    private static Optional<DictEntry> entry(Lexicon lexicon, String lemma, String wanted, WordUse use) {
        DictEntry best = null;
        int bestScore = Integer.MIN_VALUE;
        for (DictEntry e : lexicon.lookup(lemma)) {
            if (!e.headwords().contains(lemma) && !e.readings().contains(lemma)) continue;
            boolean fits = use == WordUse.ANY || fitting(e, use);
            if (!fits && onlyBoundOrInterjection(e)) continue;
            int score = score(e, lemma, wanted) + (fits ? FITS : 0);
            if (score > bestScore) { // the first of equals wins: dictionary order
                best = e;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int score(DictEntry entry, String lemma, String wanted) {
        int score = 0;
        if (entry.headwords().contains(lemma)) score += 4;
        // A kana-only word matched by its reading is as good as a headword match.
        else if (entry.headwords().isEmpty() && entry.readings().contains(lemma)) score += 4;
        if (!wanted.isEmpty() && entry.readings().stream().map(Kana::toHiragana).anyMatch(wanted::equals)) score += 8;
        if (entry.common()) score += 2;
        return score;
    }

    private static boolean fitting(DictEntry entry, WordUse use) {
        for (Sense s : entry.senses()) if (fits(s, use)) return true;
        return false;
    }

    private static boolean fits(Sense sense, WordUse use) {
        for (String code : sense.pos()) if (use.fits(code)) return true;
        return false;
    }

    private static boolean onlyBoundOrInterjection(DictEntry entry) {
        boolean any = false;
        for (Sense s : entry.senses())
            for (String code : s.pos()) {
                if (code.equals("vt") || code.equals("vi")) continue;
                if (!WordUse.isBoundOrInterjection(code)) return false;
                any = true;
            }
        return any;
    }

    // The preferred sense, then the senses that fit, then the rest, each group in dictionary order.
    private static List<Sense> ordered(DictEntry entry, String lemma, WordUse use) {
        String preferred = SensePreferences.preferredGloss(lemma, use);
        List<Sense> first = new ArrayList<>(), fitting = new ArrayList<>(), rest = new ArrayList<>();
        for (Sense s : entry.senses()) {
            if (first.isEmpty() && preferred != null && s.glosses().stream().anyMatch(g -> g.contains(preferred))) first.add(s);
            else if (fits(s, use)) fitting.add(s);
            else rest.add(s);
        }
        if (!fitting.isEmpty() || !first.isEmpty()) {
            first.addAll(fitting);
            first.addAll(rest);
            return first;
        }
        return entry.senses();
    }
}
