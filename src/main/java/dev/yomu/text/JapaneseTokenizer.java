package dev.yomu.text;

import com.atilika.kuromoji.ipadic.Tokenizer;
import dev.yomu.support.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits Japanese text into {@link Token}s with Kuromoji and the IPADIC dictionary. Loading the
 * dictionary takes about a second, so build one instance and share it; {@link #tokenize} is
 * thread-safe.
 *
 * <p>IPADIC only gives the reading of the surface (行っ → オコナッ). A learner needs the reading of the
 * dictionary form (行う → おこなう), which this class derives.
 */
public final class JapaneseTokenizer {
    private static final String NONE = "*";

    private final Tokenizer kuromoji;
    /** Kuromoji's tokenization with a cheaper lattice build; null on a Kuromoji it was not written for. */
    private final KuromojiLattice lattice;
    // Lemma -> reading, for lemmas whose reading cannot be derived from the surface.
    private final Map<String, String> lemmaReadings = new ConcurrentHashMap<>();
    // Dictionary word id -> its token at offset 0. A known word's surface and features are fixed by
    // its id, and building them (Kuromoji re-splits a feature string per token) cost more than the
    // tokenizing itself. Unknown words share ids across surfaces, so they are never cached.
    // An array, not a map: this lookup runs for every token of an import. Tokens are immutable
    // records, so a thread that sees another's entry sees it whole; at worst two threads build one.
    private final Token[] knownWords = new Token[KNOWN_WORD_IDS];
    /** Above IPADIC's 392,126 word ids; a larger id is simply not cached. */
    private static final int KNOWN_WORD_IDS = 1 << 19;
    // Unknown-word id (a character class: numbers, alphabet, katakana...) -> its part of speech. An
    // unknown word's features are fixed by its id, like a known word's, but its surface is not, so
    // only the features are kept. Building them anew (Kuromoji copies the feature array on every
    // call) was the tokenizer adapter's largest cost on text with many numbers and foreign words.
    private final UnknownKind[] unknownWords = new UnknownKind[UNKNOWN_WORD_IDS];
    /** IPADIC's unknown dictionary has a few dozen ids; a larger id is simply not cached. */
    private static final int UNKNOWN_WORD_IDS = 1 << 12;

    /** An unknown word's features, with the dictionary they came from, so a token of another dictionary never matches. */
    private record UnknownKind(Object dictionary, String pos, String posDetail) {}

    public JapaneseTokenizer() {
        this.kuromoji = new Tokenizer();
        this.lattice = KuromojiLattice.of(kuromoji);
    }

    /**
     * @param text a sentence or a whole text
     * @return the tokens in order, offsets relative to {@code text}; whitespace tokens included
     */
    public List<Token> tokenize(String text) {
        Check.notNull(text, "text");
        List<Token> tokens = new ArrayList<>();
        if (lattice != null) {
            lattice.tokenize(text, (wordId, unknown, at, length) -> tokens.add(fromPath(text, wordId, unknown, at, length)));
            return tokens;
        }
        for (com.atilika.kuromoji.ipadic.Token k : kuromoji.tokenize(text)) tokens.add(toToken(k));
        return tokens;
    }

    // IPADIC feature columns. Kuromoji re-splits the feature string on every getter call, so the
    // array is fetched once per token: this alone was a large share of import time.
    private static final int POS1 = 0, POS2 = 1, POS3 = 2, POS4 = 3, CONJUGATION_TYPE = 4, BASE_FORM = 6, READING = 7;

    /** Tokens through Kuromoji's own {@code Tokenizer.tokenize}, for the test that the fast path gives the same. */
    List<Token> tokenizeThroughKuromoji(String text) {
        List<Token> tokens = new ArrayList<>();
        for (com.atilika.kuromoji.ipadic.Token k : kuromoji.tokenize(text)) tokens.add(toToken(k));
        return tokens;
    }

    /**
     * The same token as toToken gives for the Kuromoji token of this path word, from the caches
     * when they hold the word: a known word's surface is its cached surface (no new string, no
     * Kuromoji token), an unknown word's features its cached kind.
     */
    private Token fromPath(String text, int wordId, boolean unknown, int at, int length) {
        if (!unknown && wordId >= 0 && wordId < KNOWN_WORD_IDS) {
            Token template = knownWords[wordId];
            // No comparison of the text with the template's surface: a known word id is one entry of
            // one trie key, so the trie matched exactly that surface here (it was a sizeable share of
            // the tokenizer's time in the import's profile). The length is checked as a cheap guard.
            if (template != null && template.surface().length() == length)
                return new Token(template.surface(), template.lemma(), template.reading(), template.surfaceReading(),
                        template.pos(), template.posDetail(), at, at + length);
        } else if (unknown && wordId >= 0 && wordId < UNKNOWN_WORD_IDS) {
            UnknownKind kind = unknownWords[wordId];
            if (kind != null && kind.dictionary() == lattice.unknownDictionary()) {
                String surface = text.substring(at, at + length);
                return new Token(surface, surface, "", "", kind.pos(), kind.posDetail(), at, at + length);
            }
        }
        return toToken(lattice.token(text, wordId, unknown, at, length));
    }

    private Token toToken(com.atilika.kuromoji.ipadic.Token k) {
        int id = WordIds.of(k);
        if (!k.isKnown() && !k.isUser() && id >= 0 && id < UNKNOWN_WORD_IDS) return unknown(k, id);
        if (id < 0 || id >= KNOWN_WORD_IDS || !k.isKnown() || k.isUser()) return build(k);
        Token template = knownWords[id];
        if (template == null) knownWords[id] = template = build(k);
        if (!template.surface().equals(k.getSurface())) return build(k); // never expected; stay correct
        int begin = k.getPosition();
        return new Token(template.surface(), template.lemma(), template.reading(), template.surfaceReading(),
                template.pos(), template.posDetail(), begin, begin + template.surface().length());
    }

    // The same token as build(k) gives for an unknown word without base form and reading (IPADIC's
    // are all so): the surface is its own lemma and it has no reading.
    private Token unknown(com.atilika.kuromoji.ipadic.Token k, int id) {
        Object dictionary = WordIds.dictionaryOf(k);
        UnknownKind kind = unknownWords[id];
        if (kind == null || kind.dictionary() != dictionary) {
            String[] f = k.getAllFeaturesArray();
            if (dictionary == null || !feature(f, BASE_FORM).isEmpty() || !feature(f, READING).isEmpty()) return build(k);
            unknownWords[id] = kind = new UnknownKind(dictionary, feature(f, POS1), posDetail(f));
        }
        String surface = k.getSurface();
        int begin = k.getPosition();
        return new Token(surface, surface, "", "", kind.pos(), kind.posDetail(), begin, begin + surface.length());
    }

    private Token build(com.atilika.kuromoji.ipadic.Token k) {
        String[] f = k.getAllFeaturesArray();
        String surface = k.getSurface();
        String lemma = feature(f, BASE_FORM);
        if (lemma.isEmpty()) lemma = surface;
        String surfaceReading = Kana.toHiragana(feature(f, READING));
        String reading = lemma.equals(surface) ? surfaceReading : lemmaReading(surface, lemma, surfaceReading, f);
        int begin = k.getPosition();
        return new Token(surface, lemma, reading, surfaceReading, feature(f, POS1), posDetail(f),
                begin, begin + surface.length());
    }

    private String lemmaReading(String surface, String lemma, String surfaceReading, String[] f) {
        if (Kana.isAllKana(lemma)) return Kana.toHiragana(lemma);
        // カ変 来る reads こ/き/く depending on the form, so its stem reading cannot be carried over.
        if (!feature(f, CONJUGATION_TYPE).contains("カ変")) {
            String derived = ReadingDeriver.derive(surface, lemma, surfaceReading);
            if (!derived.isEmpty()) return derived;
        }
        return lemmaReadings.computeIfAbsent(lemma, this::readAlone);
    }

    // Tokenizing the lemma on its own gives its reading when it is a single IPADIC word.
    private String readAlone(String lemma) {
        List<com.atilika.kuromoji.ipadic.Token> alone = kuromoji.tokenize(lemma);
        if (alone.size() != 1 || !alone.get(0).getSurface().equals(lemma)) return "";
        return Kana.toHiragana(orEmpty(alone.get(0).getReading()));
    }

    private static String posDetail(String[] f) {
        StringJoiner joiner = new StringJoiner(",");
        for (int i = POS2; i <= POS4; i++) {
            String part = feature(f, i);
            if (!part.isEmpty()) joiner.add(part);
        }
        return joiner.toString();
    }

    private static String feature(String[] f, int i) {
        return i < f.length ? orEmpty(f[i]) : "";
    }

    private static String orEmpty(String feature) {
        return feature == null || feature.equals(NONE) ? "" : feature;
    }
}
