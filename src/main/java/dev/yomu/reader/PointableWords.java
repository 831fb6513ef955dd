package dev.yomu.reader;

import dev.yomu.article.select.WordSelector;
import dev.yomu.dict.CompoundFinder;
import dev.yomu.dict.DictEntry;
import dev.yomu.dict.Gloss;
import dev.yomu.dict.Lexicon;
import dev.yomu.text.CounterTable;
import dev.yomu.text.Kana;
import dev.yomu.text.NumberUnits;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which tokens of a sentence the reader's cursor stops on: every word a learner may want to look up,
 * not only the study words. That is every content word (nouns, pronouns such as 我々, verbs,
 * adjectives, adverbs, pre-noun adjectives such as 大きな, conjunctions such as 一方, interjections,
 * names), everything written with kanji (the suffix 側, the prefix 約, the particle に対して), and a
 * number with its counter as one word (三日, 数年, 20日, 169人), which the import's ReadingResolver has
 * joined and read already (articles imported before it are joined here and read by the dictionary). Left out are particles, auxiliaries,
 * punctuation, Latin script, bare digits, and the grammar written in kana: formal nouns (こと, ため),
 * helper verbs after て (いる, しまう), suffixes (さん), and the function verbs of every sentence
 * (する, ある, なる).
 */
final class PointableWords {
    private PointableWords() {}

    /**
     * The tokens [from, to) of one piece of text.
     *
     * @param lemma   what the piece is looked up by, or null when it is no word
     * @param reading the reading of the piece as written, or empty
     */
    record Run(int from, int to, Lemma lemma, String reading) {}

    /** The sentence's tokens as runs, in order: a number and its counter make one run, any other token its own. */
    static List<Run> runs(List<Token> tokens, Lexicon lexicon) {
        List<Run> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.posDetail().equals(NumberUnits.NUMBER)) { // read by the import's ReadingResolver already
                out.add(new Run(i, i + 1, readNumber(t), t.surfaceReading()));
                i++;
                continue;
            }
            boolean garbled = isLatin(t) && i + 1 < tokens.size() && isCounter(tokens.get(i + 1)) && adjacent(tokens, i + 1);
            if (!isNumber(t) && !garbled) {
                out.add(new Run(i, i + 1, lemmaOf(t), t.surfaceReading()));
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && isNumber(tokens.get(end)) && adjacent(tokens, end)) end++;
            Token counter = end < tokens.size() && isCounter(tokens.get(end)) && adjacent(tokens, end) ? tokens.get(end) : null;
            if (counter != null) end++;
            Lemma lemma = numberLemma(tokens.subList(i, end), counter, lexicon);
            out.add(new Run(i, end, lemma, lemma == null ? "" : lemma.reading()));
            i = end;
        }
        return out;
    }

    /** A number the import has read with its counter (169人 ひゃくろくじゅうきゅうにん); the counter explains it. */
    private static Lemma readNumber(Token t) {
        String counter = NumberUnits.counterOf(t);
        Lemma counterLemma = counter.isEmpty() ? null : new Lemma(counter, CounterTable.baseReading(counter), "counter", null);
        return new Lemma(t.surface(), t.surfaceReading(), "number", counterLemma);
    }

    private static boolean adjacent(List<Token> tokens, int i) {
        return tokens.get(i - 1).end() == tokens.get(i).begin();
    }

    private static boolean isNumber(Token t) {
        return t.pos().equals("名詞") && t.posDetail().startsWith("数");
    }

    /** ASCII letters and digits: before a counter, a number machine translation mangled (XNUMX日). */
    private static boolean isLatin(Token t) {
        String s = t.surface();
        for (int k = 0; k < s.length(); k++)
            if (s.charAt(k) >= 0x80 || !Character.isLetterOrDigit(s.charAt(k))) return false;
        return !s.isEmpty();
    }

    /**
     * A counter suffix, or a lone kanji noun right after the number: IPADIC tags the 月 of 3月 a noun
     * read つき, since it does not know the digits before it (the selector counts it the same way).
     */
    private static boolean isCounter(Token t) {
        if (!t.pos().equals("名詞")) return false;
        if (t.posDetail().startsWith("接尾,助数詞")) return true;
        String s = t.surface();
        return s.codePointCount(0, s.length()) == 1 && Kana.isKanji(s.codePointAt(0)) && !t.isProperNoun();
    }

    /**
     * A number, with its counter if it has one. Its reading is the dictionary's, found by the number in
     * kanji (20日 as 二十日, はつか): counters change their sound (三日 みっか, 一人 ひとり), so the
     * readings of the parts joined would often be wrong, and no reading beats a wrong one.
     */
    private static Lemma numberLemma(List<Token> run, Token counter, Lexicon lexicon) {
        StringBuilder sb = new StringBuilder();
        for (Token t : run) sb.append(t.surface());
        String text = sb.toString();
        if (counter == null && !Kana.containsKanji(text)) return null; // bare digits: nothing to look up
        String reading = entry(lexicon, KanjiNumerals.of(text)).map(e -> Kana.toHiragana(e.primaryReading()))
                .orElse(run.size() == 1 ? run.get(0).reading() : "");
        // only a tagged counter's reading is its reading as a counter: a lone 月 is read つき
        Lemma counterLemma = counter == null || !counter.posDetail().startsWith("接尾,助数詞") ? null
                : new Lemma(counter.lemma(), counter.reading(), "counter", null);
        return new Lemma(text, reading, "number", counterLemma);
    }

    /** The entry written {@code form}: a common one first. */
    static Optional<DictEntry> entry(Lexicon lexicon, String form) {
        return Gloss.best(lexicon, form, "").filter(e -> e.headwords().contains(form));
    }

    /** What a single token is looked up by, or null when it is no word a learner points at. */
    static Lemma lemmaOf(Token t) {
        String s = t.surface();
        if (!Kana.isWordChars(s)) return null; // Latin script, digits, symbols
        boolean kanji = Kana.containsKanji(s);
        if (!kanji && s.codePointCount(0, s.length()) == 1 && Kana.isHiragana(s.codePointAt(0))) return null;
        String label = label(t, kanji);
        return label == null ? null : new Lemma(t.lemma(), t.reading(), label, null);
    }

    private static String label(Token t, boolean kanji) {
        boolean independent = t.posDetail().equals("自立");
        return switch (t.pos()) {
            case "名詞" -> nounLabel(t.posDetail(), kanji);
            case "動詞" -> kanji || independent && !WordSelector.isFunctionWord(t.lemma()) ? "verb" : null;
            case "形容詞" -> kanji || independent && !WordSelector.isFunctionWord(t.lemma()) ? "i-adjective" : null;
            case "副詞" -> "adverb";
            case "連体詞" -> "pre-noun adjective";
            case "接続詞" -> "conjunction";
            case "感動詞" -> "interjection";
            case "接頭詞" -> kanji ? "prefix" : null;
            case "助詞" -> kanji ? "particle" : null; // に対して, に関する
            case "助動詞" -> kanji ? "auxiliary" : null;
            default -> null; // symbols, fillers
        };
    }

    private static String nounLabel(String detail, boolean kanji) {
        if (detail.startsWith("固有名詞")) return "name";
        if (detail.startsWith("代名詞")) return "pronoun";
        if (detail.startsWith("接尾")) return kanji ? "suffix" : null;
        if (detail.startsWith("非自立") || detail.startsWith("特殊")) return kanji ? "noun" : null; // こと, ため: grammar
        if (detail.equals(CompoundFinder.COMPOUND)) return "compound";
        return "noun";
    }
}
