package dev.yomu.reader;

import dev.yomu.dict.Lexicon;
import dev.yomu.store.ArticleStore.StoredSentence;
import dev.yomu.study.ReaderWord;
import dev.yomu.text.BlockKind;
import dev.yomu.text.Token;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An article as the reader shows it: its blocks as pieces, each word piece tied to its word. Reader
 * comments are left out; they are not study text.
 *
 * @param paragraphs built from the stored sentences one paragraph at a time, as they are first asked for:
 *                   the first page is drawn before the rest of a long article is cut into pieces
 * @param text       the text of every paragraph, in order (to choose reading brackets the article does not use)
 */
public record ReaderDocument(long articleId, String title, List<Paragraph> paragraphs, String text) {

    /** A document of paragraphs already built. */
    public ReaderDocument(long articleId, String title, List<Paragraph> paragraphs) {
        this(articleId, title, paragraphs, textOf(paragraphs));
    }

    /**
     * The document of stored sentences, tying each token to the word with its lemma and reading. Every
     * word of the text becomes a word piece, studied or not (see {@link PointableWords}); the lexicon
     * gives the readings of numbers with counters (三日 みっか).
     */
    public static ReaderDocument of(long articleId, String title, List<StoredSentence> sentences, List<ReaderWord> words,
                                    Lexicon lexicon) {
        List<List<StoredSentence>> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int block = Integer.MIN_VALUE;
        for (StoredSentence s : sentences) {
            if (s.kind() == BlockKind.COMMENT || s.text().isEmpty()) continue; // an empty sentence has no pieces
            if (s.blockOrd() != block || blocks.isEmpty()) blocks.add(new ArrayList<>());
            block = s.blockOrd();
            blocks.get(blocks.size() - 1).add(s);
            text.append(s.text());
        }
        return new ReaderDocument(articleId, title, new LazyParagraphs(blocks, new WordIndex(words), lexicon), text.toString());
    }

    private static String textOf(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) for (Piece piece : p.pieces()) sb.append(piece.text());
        return sb.toString();
    }

    /** Paragraphs cut into pieces on first use; the reader asks for them in order from the top. */
    private static final class LazyParagraphs extends AbstractList<Paragraph> implements RandomAccess {
        private final List<List<StoredSentence>> blocks;
        private final Paragraph[] built;
        private final WordIndex index;
        private final Lexicon lexicon;

        LazyParagraphs(List<List<StoredSentence>> blocks, WordIndex index, Lexicon lexicon) {
            this.blocks = blocks;
            this.built = new Paragraph[blocks.size()];
            this.index = index;
            this.lexicon = lexicon;
        }

        @Override
        public Paragraph get(int i) {
            Objects.checkIndex(i, built.length);
            if (built[i] == null) built[i] = paragraph(blocks.get(i));
            return built[i];
        }

        @Override
        public int size() {
            return built.length;
        }

        // a block is a heading when its last sentence is one (a block holds sentences of one kind)
        private Paragraph paragraph(List<StoredSentence> block) {
            List<Piece> pieces = new ArrayList<>();
            for (StoredSentence s : block) pieces(s, index, lexicon, pieces);
            return new Paragraph(block.get(block.size() - 1).kind() == BlockKind.HEADING, List.copyOf(pieces));
        }
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
