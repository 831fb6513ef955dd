package dev.yomu.reader;

import dev.yomu.dict.Lexicon;
import dev.yomu.store.ArticleStore.StoredSentence;
import dev.yomu.study.ReaderWord;
import dev.yomu.text.BlockKind;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as the reader shows it: its blocks as pieces, each word piece tied to its word. Reader
 * comments are left out; they are not study text.
 */
public record ReaderDocument(long articleId, String title, List<Paragraph> paragraphs) {

    /**
     * Builds the document from stored sentences, tying each token to the word with its lemma and
     * reading. Every word of the text becomes a word piece, studied or not (see {@link PointableWords});
     * the lexicon gives the readings of numbers with counters (三日 みっか).
     */
    public static ReaderDocument of(long articleId, String title, List<StoredSentence> sentences, List<ReaderWord> words,
                                    Lexicon lexicon) {
        WordIndex index = new WordIndex(words);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        int block = Integer.MIN_VALUE;
        boolean heading = false;
        for (StoredSentence s : sentences) {
            if (s.kind() == BlockKind.COMMENT) continue;
            if (s.blockOrd() != block && !current.isEmpty()) {
                paragraphs.add(new Paragraph(heading, List.copyOf(current)));
                current.clear();
            }
            block = s.blockOrd();
            heading = s.kind() == BlockKind.HEADING;
            pieces(s, index, lexicon, current);
        }
        if (!current.isEmpty()) paragraphs.add(new Paragraph(heading, List.copyOf(current)));
        return new ReaderDocument(articleId, title, List.copyOf(paragraphs));
    }

    private static void pieces(StoredSentence s, WordIndex index, Lexicon lexicon, List<Piece> out) {
        String text = s.text();
        List<Token> tokens = s.tokens();
        int pos = 0;
        for (PointableWords.Run r : PointableWords.runs(tokens, lexicon)) {
            Token first = tokens.get(r.from()), last = tokens.get(r.to() - 1);
            if (first.begin() < pos || last.end() > text.length() || first.begin() > last.end()) continue;
            if (first.begin() > pos) out.add(new Piece(text.substring(pos, first.begin()), "", -1));
            long wordId = r.to() - r.from() == 1 ? index.find(first) : -1;
            out.add(new Piece(text.substring(first.begin(), last.end()), r.reading(), wordId, r.lemma()));
            pos = last.end();
        }
        if (pos < text.length()) out.add(new Piece(text.substring(pos), "", -1));
    }

    /** Words by lemma and reading; a token without a reading takes the only word with its lemma. */
    private static final class WordIndex {
        private final Map<String, List<ReaderWord>> byLemma = new HashMap<>();

        WordIndex(List<ReaderWord> words) {
            for (ReaderWord w : words) byLemma.computeIfAbsent(w.lemma(), k -> new ArrayList<>()).add(w);
        }

        long find(Token t) {
            List<ReaderWord> candidates = byLemma.getOrDefault(t.lemma(), List.of());
            for (ReaderWord w : candidates) if (w.reading().equals(t.reading())) return w.id();
            if (t.reading().isEmpty() && candidates.size() == 1) return candidates.get(0).id();
            return -1;
        }
    }
}
