package dev.yomu.article;

import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordOccurrence;
import dev.yomu.deck.WordSelector;
import dev.yomu.dict.CompoundFinder;
import dev.yomu.dict.DictEntry;
import dev.yomu.dict.Gloss;
import dev.yomu.dict.Lexicon;
import dev.yomu.dict.ReadingResolver;
import dev.yomu.dict.Sense;
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
    private static final int MAX_GLOSSES = 5;

    private final JapaneseTokenizer tokenizer;
    private final ReadingResolver readings;
    private final CompoundFinder compounds;
    private final WordSelector selector;
    private final Lexicon lexicon;
    private final Map<GlossKey, Glossed> glossCache = new ConcurrentHashMap<>();

    private record Glossed(String glosses, String dictPos, boolean common) {}

    /** A word's key in the cache; the token's strings keep their hashes, a joined string would hash anew. */
    private record GlossKey(String lemma, String reading) {}

    public Analyzer(Lexicon lexicon) {
        this(new JapaneseTokenizer(), lexicon);
    }

    public Analyzer(JapaneseTokenizer tokenizer, Lexicon lexicon) {
        this.tokenizer = tokenizer;
        this.lexicon = lexicon;
        this.readings = new ReadingResolver(lexicon);
        this.compounds = new CompoundFinder(lexicon);
        this.selector = new WordSelector(lexicon);
    }

    public AnalyzedSentence analyze(int blockOrd, BlockKind kind, String sentence) {
        List<Token> tokens = compounds.merge(readings.resolve(tokenize(sentence)));
        List<AnalyzedWord> words = new ArrayList<>();
        if (kind != BlockKind.COMMENT) {
            for (WordOccurrence o : selector.select(tokens)) {
                if (o.kind() == WordKind.NONE) continue;
                Glossed g = gloss(o.lemma(), o.reading());
                words.add(new AnalyzedWord(o.lemma(), o.reading(), o.pos(), o.kind().name(), g.glosses(), g.dictPos(),
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

    private Glossed gloss(String lemma, String reading) {
        GlossKey key = new GlossKey(lemma, reading);
        Glossed cached = glossCache.get(key);
        if (cached != null) return cached; // a hit, the usual case, takes no lock
        return glossCache.computeIfAbsent(key, k -> Gloss.best(lexicon, lemma, reading)
                .map(Analyzer::describe).orElse(new Glossed("", "", false)));
    }

    private static Glossed describe(DictEntry e) {
        Set<String> pos = new LinkedHashSet<>();
        for (Sense s : e.senses()) pos.addAll(s.pos());
        return new Glossed(e.firstGlosses(MAX_GLOSSES), String.join(",", pos), e.common());
    }
}
