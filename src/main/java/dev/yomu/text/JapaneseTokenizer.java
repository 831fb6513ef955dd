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
    // Lemma -> reading, for lemmas whose reading cannot be derived from the surface.
    private final Map<String, String> lemmaReadings = new ConcurrentHashMap<>();

    public JapaneseTokenizer() {
        this.kuromoji = new Tokenizer();
    }

    /**
     * @param text a sentence or a whole text
     * @return the tokens in order, offsets relative to {@code text}; whitespace tokens included
     */
    public List<Token> tokenize(String text) {
        Check.notNull(text, "text");
        List<Token> tokens = new ArrayList<>();
        for (com.atilika.kuromoji.ipadic.Token k : kuromoji.tokenize(text)) tokens.add(toToken(k));
        return tokens;
    }

    private Token toToken(com.atilika.kuromoji.ipadic.Token k) {
        String surface = k.getSurface();
        String lemma = orEmpty(k.getBaseForm());
        if (lemma.isEmpty()) lemma = surface;
        String surfaceReading = Kana.toHiragana(orEmpty(k.getReading()));
        String reading = lemma.equals(surface) ? surfaceReading : lemmaReading(surface, lemma, surfaceReading, k);
        int begin = k.getPosition();
        return new Token(surface, lemma, reading, surfaceReading, k.getPartOfSpeechLevel1(), posDetail(k),
                begin, begin + surface.length());
    }

    private String lemmaReading(String surface, String lemma, String surfaceReading,
                                com.atilika.kuromoji.ipadic.Token k) {
        if (Kana.isAllKana(lemma)) return Kana.toHiragana(lemma);
        // カ変 来る reads こ/き/く depending on the form, so its stem reading cannot be carried over.
        if (!k.getConjugationType().contains("カ変")) {
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

    private static String posDetail(com.atilika.kuromoji.ipadic.Token k) {
        StringJoiner joiner = new StringJoiner(",");
        for (String part : new String[] {k.getPartOfSpeechLevel2(), k.getPartOfSpeechLevel3(), k.getPartOfSpeechLevel4()}) {
            if (part != null && !part.equals(NONE)) joiner.add(part);
        }
        return joiner.toString();
    }

    private static String orEmpty(String feature) {
        return feature == null || feature.equals(NONE) ? "" : feature;
    }
}
