package dev.yomu.article;

import dev.yomu.article.select.DictionaryForms;
import dev.yomu.article.select.WordOccurrence;
import dev.yomu.article.select.WordSelector;
import dev.yomu.deck.WordKind;
import dev.yomu.dict.CompoundFinder;
import dev.yomu.dict.Gloss;
import dev.yomu.dict.Lexicon;
import dev.yomu.dict.Meaning;
import dev.yomu.dict.ReadingResolver;
import dev.yomu.dict.Sense;
import dev.yomu.dict.WordUse;
import dev.yomu.text.BlockKind;
import dev.yomu.text.JapaneseTokenizer;
import dev.yomu.text.SentenceSplitter;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * From a sentence to its tokens and words: tokenize (in safe chunks, so one huge unpunctuated line
 * cannot exhaust memory), join compounds, pick study words and names, and gloss them. Glosses are
 * cached per word, since articles repeat their words. Thread-safe: the importer analyses the
 * sentences of a long text in parallel.
 */
public final class Analyzer {
    /** Longest run handed to Kuromoji at once; its lattice grows badly on long unpunctuated input. */
    static final int MAX_CHUNK = 400;
    /** A card shows the fitting sense and a few others, each with its first glosses. */
    private static final int MAX_SENSES = 3;
    private static final int MAX_GLOSSES_PER_SENSE = 3;

    private final JapaneseTokenizer tokenizer;
    private final ReadingResolver readings;
    private final CompoundFinder compounds;
    private final WordSelector selector;
    private final DictionaryForms forms;
    private final Lexicon lexicon;
    private final Map<GlossKey, Glossed> glossCache = new ConcurrentHashMap<>();

    private record Glossed(String glosses, String dictPos, boolean common) {}

    /** A word's key in the cache; the token's strings keep their hashes, a joined string would hash anew. */
    private record GlossKey(String lemma, String reading, WordUse use) {
        // Written out, with the formula the generated one uses: a record's generated equals and
        // hashCode go through method handles, which the C1-only import launcher does not inline.
        @Override
        public boolean equals(Object o) {
            return o instanceof GlossKey k && java.util.Objects.equals(lemma, k.lemma) && java.util.Objects.equals(reading, k.reading) && use == k.use;
        }

        @Override
        public int hashCode() {
            return (31 * java.util.Objects.hashCode(lemma) + java.util.Objects.hashCode(reading)) * 31 + java.util.Objects.hashCode(use);
        }
    }

    public Analyzer(Lexicon lexicon) {
        this(new JapaneseTokenizer(), lexicon);
    }

    public Analyzer(JapaneseTokenizer tokenizer, Lexicon lexicon) {
        this.tokenizer = tokenizer;
        this.lexicon = lexicon;
        this.readings = new ReadingResolver(lexicon);
        this.compounds = new CompoundFinder(lexicon);
        this.selector = new WordSelector(lexicon);
        this.forms = new DictionaryForms(lexicon);
    }

    public AnalyzedSentence analyze(int blockOrd, BlockKind kind, String sentence) {
        List<Token> tokens = forms.apply(compounds.merge(readings.resolve(tokenize(sentence))));
        List<AnalyzedWord> words = new ArrayList<>();
        if (kind != BlockKind.COMMENT) {
            int at = 0; // the occurrence's token: both lists are in sentence order
            for (WordOccurrence o : selector.select(tokens)) {
                if (o.kind() == WordKind.NONE) continue;
                while (at < tokens.size() - 1 && tokens.get(at).begin() < o.begin()) at++;
                WordUse use = o.kind() == WordKind.NAME ? WordUse.NAME
                        : tokens.get(at).begin() == o.begin() ? WordUse.of(tokens, at) : WordUse.ANY;
                Glossed g = gloss(o.lemma(), o.reading(), use);
                words.add(new AnalyzedWord(o.lemma(), o.reading(), o.pos(), o.kind(), g.glosses(), g.dictPos(),
                        g.common(), o.begin(), o.end()));
            }
        }
        return new AnalyzedSentence(blockOrd, kind, sentence, tokens, words);
    }

    /** Tokens with offsets relative to the whole sentence, however it was chunked. */
    List<Token> tokenize(String sentence) {
        if (sentence.length() <= MAX_CHUNK) return tokenizer.tokenize(sentence);
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String chunk : SentenceSplitter.safeChunks(sentence, MAX_CHUNK)) {
            int at = sentence.indexOf(chunk, offset);
            if (at < 0) at = offset;
            for (Token t : tokenizer.tokenize(chunk))
                out.add(new Token(t.surface(), t.lemma(), t.reading(), t.surfaceReading(), t.pos(), t.posDetail(),
                        t.begin() + at, t.end() + at));
            offset = at + chunk.length();
        }
        return out;
    }

    private Glossed gloss(String lemma, String reading, WordUse use) {
        GlossKey key = new GlossKey(lemma, reading, use);
        Glossed cached = glossCache.get(key);
        if (cached != null) return cached; // a hit, the usual case, takes no lock
        return glossCache.computeIfAbsent(key, k -> Gloss.meaning(lexicon, lemma, reading, use)
                .map(Analyzer::describe).orElse(new Glossed("", "", false)));
    }

    private static Glossed describe(Meaning m) {
        Set<String> pos = new LinkedHashSet<>();
        for (Sense s : m.senses()) pos.addAll(s.pos());
        return new Glossed(m.text(MAX_SENSES, MAX_GLOSSES_PER_SENSE), String.join(",", pos), m.entry().common());
    }
}
