package dev.yomu.dict;

import dev.yomu.support.Check;
import dev.yomu.text.Kana;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Chooses the dictionary entry that explains a word as it was read in a sentence. */
public final class Gloss {
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
        String wanted = Kana.toHiragana(Check.notNull(reading, "reading"));
        List<DictEntry> candidates = lexicon.lookup(lemma);
        return candidates.stream()
                .filter(e -> e.headwords().contains(lemma) || e.readings().contains(lemma))
                .max(Comparator.comparingInt(e -> score(e, lemma, wanted)));
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
}
