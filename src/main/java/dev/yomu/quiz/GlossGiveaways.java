package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.VocabWord;
import dev.yomu.text.Kana;
import dev.yomu.text.RomajiKana;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words whose English gloss gives the answer away, so neither a meaning nor a reverse question may
 * be asked about them (nor may they stand as a distractor there): a loanword whose gloss is its
 * English source (バス "bus", 軍用ヘリコプター "military helicopter"), a romanisation (新橋
 * "Shinbashi") and a proper name ("United Kingdom", "Department of Defense"). The learner would
 * match sounds or capitals, not know the word.
 */
final class GlossGiveaways {
    private GlossGiveaways() {}

    // Compiled once: every candidate word is checked, and String.split/replaceAll compile anew per call.
    private static final Pattern SENSE_SEPARATOR = Pattern.compile(" / ");
    private static final Pattern NOT_LOWER_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern LONG_U = Pattern.compile("(?<=[おこごそぞとどのほぼぽもよろょうくぐすずつぬふぶむゆるゅ])う");
    private static final Pattern LONG_I = Pattern.compile("(?<=[えけげせぜてでねへべぺめれ])い");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Za-z]+");

    /** Why {@code w} gives its meaning away, or null when it does not. */
    static String reason(VocabWord w) {
        String gloss = w.gloss();
        if (hasKatakanaRun(w.lemma())) return "loanword";
        if (romanisation(gloss, w.reading())) return "romanisation";
        if (properName(gloss)) return "proper name";
        if (ambiguous(w)) return "ambiguous";
        return null;
    }

    /**
     * 間 (space / time / among), 声, 足, 一方 ("on the one hand" / "meanwhile"): a one-character word with
     * several senses, or a conjunction, means what its sentence makes it mean; one English gloss
     * would be wrong as often as right. Not a give-away, but no fair meaning question either.
     */
    static boolean ambiguous(VocabWord w) {
        boolean senses = w.glosses().contains(" / ");
        if (w.pos().equals("conjunction") || senses && w.lemma().codePointCount(0, w.lemma().length()) == 1) return true;
        // より (than / more), ほぼ: a kana-only function word's sense is its sentence's grammar
        if (Kana.isAllKana(w.lemma()) && w.lemma().length() <= 2) return true;
        return uncertainSense(w);
    }

    /**
     * 西部 (western part / the West), 周り (circumference / surroundings): senses that share no word,
     * with no row in sense-preferences.tsv to say which one the text means, make a coin toss of the
     * key. Senses that are one meaning in two parts of speech (necessary / necessity) are certain.
     */
    static boolean uncertainSense(VocabWord w) {
        if (QuizSenses.unfit(w.lemma())) return true;
        if (QuizSenses.hasPreference(w.lemma())) return false;
        String[] senses = SENSE_SEPARATOR.split(w.glosses());
        for (int i = 1; i < senses.length; i++)
            if (VocabQuestions.unrelated(senses[0], senses[i])) return true;
        return false;
    }

    static boolean givesAway(VocabWord w) {
        return reason(w) != null;
    }

    // Two katakana in a row are a borrowed word (or a name); its gloss is, nearly always, its source.
    private static boolean hasKatakanaRun(String lemma) {
        int run = 0;
        for (int i = 0; i < lemma.length(); i++) {
            char c = lemma.charAt(i);
            run = Kana.isKatakana(c) || c == 'ー' ? run + 1 : 0;
            if (run >= 2) return true;
        }
        return false;
    }

    /** The gloss, read as romaji, sounds like the reading: Shinbashi / しんばし, Tokyo / とうきょう. */
    static boolean romanisation(String gloss, String reading) {
        String word = GlossTypes.PAREN_NOTE.matcher(gloss).replaceAll("").strip().toLowerCase(Locale.ROOT)
                .replace("ā", "aa").replace("ī", "ii").replace("ū", "uu").replace("ē", "ee").replace("ō", "ou");
        word = NOT_LOWER_LETTER.matcher(word).replaceAll("");
        if (word.length() < 2) return false;
        String kana = RomajiKana.toHiragana(word);
        if (kana.codePoints().anyMatch(c -> c < 0x80)) return false; // not romaji: English
        return flat(kana).equals(flat(Kana.toHiragana(reading)));
    }

    // Hepburn often leaves long vowels unmarked (Tokyo): compare without the lengthening kana.
    private static String flat(String kana) {
        return LONG_I.matcher(LONG_U.matcher(kana).replaceAll("")).replaceAll("").replace("ー", "");
    }

    /** "United Kingdom", "Department of Defense (U.S.)": a capitalised word is a name, not a meaning. */
    static boolean properName(String gloss) {
        // "military of the Empire of Japan" (日本軍), "US armed forces" (米軍): the name in the gloss is
        // the kanji the learner sees, so the choice is matched, not understood
        for (String word : NOT_LETTERS.split(gloss))
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals("I")) return true;
        return false;
    }
}
