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
 *   <li>homographs are read by their context ({@link ContextReadings}: の間 あいだ, 後に のちに).</li>
 * </ol>
 * Thread-safe; the dictionary's verdict is cached per word and reading.
 */
public final class ReadingResolver {
    private static final String KEEP = "";

    private final Lexicon lexicon;
    private final Map<WordReading, String> preferred = new ConcurrentHashMap<>();

    /** A cache key that keeps the token's own strings and hashes. */
    private record WordReading(String form, String reading) {}

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
            Token p = preferDictionary(t);
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
        String better = preferred.computeIfAbsent(new WordReading(form, reading), k -> ordinaryReading(k.form(), k.reading()));
        if (better.isEmpty()) return t;
        return inflecting ? Readings.withLemmaReading(t, better) : Readings.withReading(t, better);
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
