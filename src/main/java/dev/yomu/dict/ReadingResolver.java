package dev.yomu.dict;

import dev.yomu.support.Check;
import dev.yomu.text.ContextReadings;
import dev.yomu.text.Kana;
import dev.yomu.text.NumberUnits;
import dev.yomu.text.Readings;
import dev.yomu.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that decides how each token of a sentence is read. IPADIC gives one reading per
 * spelling; a learner needs the reading that is right in the sentence. Every screen and export
 * shows the readings of the tokens and words this produces (they are stored with the sentence), so
 * a fix here reaches the reader, review, quiz, words, cards and both Anki furigana fields.
 *
 * <p>In order:
 * <ol>
 *   <li>numbers with their counters are read as one unit ({@link NumberUnits}: 4月 しがつ, 6分 ろっぷん);</li>
 *   <li>the dictionary's ordinary reading replaces IPADIC's when IPADIC's is a rare variant the
 *       dictionary lists only in uncommon entries (日本人 にっぽんじん → にほんじん), or a reading the
 *       dictionary does not have for that word at all (降伏 ごうぶく → こうふく). Only words of two or
 *       more kanji: a single kanji (街, 後, 米) has several common readings the dictionary's flags do
 *       not rank, and suffixes and proper nouns (状況下 か, 米 べい "America") read otherwise alone;</li>
 *   <li>a kanji word IPADIC does not know, and so has no reading for, reads as the dictionary has it
 *       (頑なに: 頑 かたく);</li>
 *   <li>homographs are read by their context ({@link ContextReadings}: の間 あいだ, 後に のちに).</li>
 * </ol>
 * Thread-safe; the dictionary's verdict is cached per word and reading.
 */
public final class ReadingResolver {
    private static final String KEEP = "";

    private final Lexicon lexicon;
    private final Map<WordReading, String> preferred = new ConcurrentHashMap<>();
    private final Map<WordReading, String> unknown = new ConcurrentHashMap<>();

    /** A cache key that keeps the token's own strings and hashes. */
    private record WordReading(String form, String reading) {
        // Written out, with the formula the generated one uses: a record's generated equals and
        // hashCode go through method handles, which the C1-only import launcher does not inline.
        @Override
        public boolean equals(Object o) {
            return o instanceof WordReading k && java.util.Objects.equals(form, k.form) && java.util.Objects.equals(reading, k.reading);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(form) + java.util.Objects.hashCode(reading);
        }
    }

    public ReadingResolver(Lexicon lexicon) {
        this.lexicon = Check.notNull(lexicon, "lexicon");
    }

    /**
     * @param tokens one sentence's tokens, in order, as the tokenizer gives them
     * @return the tokens with the readings a reader would give them in this sentence; numbers and
     *         their counters may be joined into one token
     */
    public List<Token> resolve(List<Token> tokens) {
        Check.notNull(tokens, "tokens");
        List<Token> joined = NumberUnits.join(tokens);
        List<Token> out = null;
        for (int i = 0; i < joined.size(); i++) {
            Token t = joined.get(i);
            Token p = t.surfaceReading().isEmpty() ? readUnknown(t, i + 1 < joined.size() ? joined.get(i + 1) : null)
                    : preferDictionary(t);
            if (p != t) {
                if (out == null) out = new ArrayList<>(joined);
                out.set(i, p);
            }
        }
        return ContextReadings.apply(out == null ? joined : out);
    }

    private Token preferDictionary(Token t) {
        boolean inflecting;
        switch (t.pos()) {
            case "名詞", "副詞" -> inflecting = false;
            case "動詞", "形容詞" -> inflecting = true;
            default -> {
                return t;
            }
        }
        String detail = t.posDetail();
        if (detail.startsWith(NumberUnits.NUMBER) || detail.startsWith("固有名詞") || detail.startsWith("接尾")) return t;
        String form = inflecting ? t.lemma() : t.surface();
        String reading = inflecting ? t.reading() : t.surfaceReading();
        if (reading.isEmpty() || kanjiCount(form) < 2) return t;
        WordReading key = new WordReading(form, reading);
        String better = preferred.get(key); // a hit, the usual case, takes no lock
        if (better == null) better = preferred.computeIfAbsent(key, k -> ordinaryReading(k.form(), k.reading()));
        if (better.isEmpty()) return t;
        return inflecting ? Readings.withLemmaReading(t, better) : Readings.withReading(t, better);
    }

    /**
     * A kanji word IPADIC does not know has no reading, so the learner would get no furigana. The
     * dictionary may know it, alone or with the kana that follow it: 頑 + なに is 頑な (かたくな), so 頑
     * reads かたく. The token's lemma reading is left to the word selector, which looks the word up itself.
     */
    private Token readUnknown(Token t, Token next) {
        if (!t.pos().equals("名詞") || !Kana.containsKanji(t.surface())) return t;
        String kana = next == null || next.begin() != t.end() ? "" : leadingKana(next.surface());
        String reading = unknown.computeIfAbsent(new WordReading(t.surface(), kana), k -> dictionaryReading(k.form(), k.reading()));
        if (reading.isEmpty()) return t;
        return new Token(t.surface(), t.lemma(), t.reading(), reading, t.pos(), t.posDetail(), t.begin(), t.end());
    }

    private String dictionaryReading(String form, String followingKana) {
        for (int k = followingKana.length(); k >= 1; k--) {
            String tail = Kana.toHiragana(followingKana.substring(0, k));
            String whole = ordinaryReadingOf(form + followingKana.substring(0, k));
            if (whole.length() > tail.length() && whole.endsWith(tail)) return whole.substring(0, whole.length() - tail.length());
        }
        return ordinaryReadingOf(form);
    }

    /** The reading of the first common entry written form, else of the first entry; "" if none. */
    private String ordinaryReadingOf(String form) {
        DictEntry first = null;
        for (DictEntry e : lexicon.lookup(form)) {
            if (!e.headwords().contains(form) || e.readings().isEmpty()) continue;
            if (e.common()) return Kana.toHiragana(e.readings().get(0));
            if (first == null) first = e;
        }
        return first == null ? "" : Kana.toHiragana(first.readings().get(0));
    }

    /** Up to two hiragana at the start of s: enough for the okurigana of a word IPADIC cut off. */
    private static String leadingKana(String s) {
        int n = 0;
        while (n < Math.min(2, s.length()) && Kana.isHiragana(s.charAt(n))) n++;
        return s.substring(0, n);
    }

    private static int kanjiCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Kana.isKanji(s.charAt(i))) n++;
        return n;
    }

    /**
     * @return the dictionary's ordinary reading of form when IPADIC's reading is not it, or
     *         {@link #KEEP} when IPADIC's reading is a common one (or the dictionary does not know form)
     */
    private String ordinaryReading(String form, String ipadic) {
        DictEntry firstCommon = null;
        DictEntry first = null;
        boolean listed = false;
        for (DictEntry e : lexicon.lookup(form)) {
            if (!e.headwords().contains(form) || e.readings().isEmpty()) continue;
            if (first == null) first = e;
            if (firstCommon == null && e.common()) firstCommon = e;
            for (String r : e.readings()) {
                if (!Kana.toHiragana(r).equals(ipadic)) continue;
                if (e.common()) return KEEP;
                listed = true;
            }
        }
        DictEntry ordinary = firstCommon != null ? firstCommon : listed ? null : first;
        if (ordinary == null) return KEEP;
        String r = Kana.toHiragana(ordinary.readings().get(0));
        return r.equals(ipadic) ? KEEP : r;
    }
}
