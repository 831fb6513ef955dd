package dev.yomu.store;

import dev.yomu.study.ArticleRef;
import dev.yomu.study.ArticleSummary;
import dev.yomu.support.YomuException;
import dev.yomu.text.BlockKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles and their sentences. */
public final class ArticleStore {
    private final Database db;

    public ArticleStore(Database db) {
        this.db = db;
    }

    /**
     * A sentence's tokens in the form they are stored in. Packing needs nothing but the sentence,
     * so an importer packs each sentence on the thread that analysed it, and holds one string per
     * sentence instead of an object per token until it writes.
     */
    public record PackedTokens(String value) {
        public static PackedTokens of(List<dev.yomu.text.Token> tokens, String text) {
            return new PackedTokens(TokenCodec.encode(tokens, text));
        }
    }

    /**
     * A sentence to store, with its tokens already found by the caller's tokenizer.
     *
     * @param wordIds the study words and names it holds (any order, repeats allowed)
     */
    public record NewSentence(int blockOrd, BlockKind kind, String text, PackedTokens tokens, long[] wordIds) {
        public NewSentence(int blockOrd, BlockKind kind, String text, List<dev.yomu.text.Token> tokens, long[] wordIds) {
            this(blockOrd, kind, text, PackedTokens.of(tokens, text), wordIds);
        }
    }

    /** A stored sentence. */
    public record StoredSentence(int ord, int blockOrd, BlockKind kind, String text,
                                 List<dev.yomu.text.Token> tokens) {}

    public Optional<ArticleRef> findByHash(Tx c, String hash) {
        try {
            return findOne(c, "SELECT id, title, source, content_hash FROM article WHERE content_hash = ?", hash);
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public Optional<ArticleRef> findBySource(Tx c, String source) {
        try {
            return findOne(c, "SELECT id, title, source, content_hash FROM article WHERE source = ?", source);
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    private Optional<ArticleRef> findOne(Tx c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ref(rs)) : Optional.empty();
            }
        }
    }

    private static ArticleRef ref(ResultSet rs) throws SQLException {
        return new ArticleRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    public long insert(Tx c, String title, String source, String hash, String charset, int chars, Instant now) {
        String sql = "INSERT INTO article(title, source, content_hash, charset, chars, imported_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, title);
            ps.setString(2, source);
            ps.setString(3, hash);
            ps.setString(4, charset);
            ps.setInt(5, chars);
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setTimestamp(7, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Replaces an article's text in place (a changed file), keeping its id and import date. */
    public void replace(Tx c, long id, String title, String hash, String charset, int chars, Instant now) {
        try {
            for (String sql : new String[] {
                    "DELETE FROM article_word WHERE article_id = ?",
                    "DELETE FROM sentence_block WHERE article_id = ?"}) {
                try (PreparedStatement del = c.prepareStatement(sql)) {
                    del.setLong(1, id);
                    del.executeUpdate();
                }
            }
            String sql = "UPDATE article SET title = ?, content_hash = ?, charset = ?, chars = ?, updated_at = ? WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, title);
                ps.setString(2, hash);
                ps.setString(3, charset);
                ps.setInt(4, chars);
                ps.setTimestamp(5, Timestamp.from(now));
                ps.setLong(6, id);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Gives an article the title a learner chose. */
    public void rename(Tx c, long id, String title) {
        c.update("UPDATE article SET title = ? WHERE id = ?", title, id);
    }

    /** Sentences of study text (headings and paragraphs), as {@code yomu articles} counts them. */
    public int studySentences(Tx c, long id) {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(SUM(study_count), 0) FROM sentence_block WHERE article_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /**
     * Removes an article with its text, its word uses and its quizzes (attempts, answers, flags).
     * The words themselves and their cards are the caller's to keep or remove, see {@link WordStore}.
     */
    public void delete(Tx c, long id) {
        try {
            for (String sql : new String[] {
                    "DELETE FROM quiz_answer WHERE attempt_id IN (SELECT id FROM quiz_attempt WHERE article_id = ?)",
                    "DELETE FROM quiz_attempt WHERE article_id = ?",
                    "DELETE FROM quiz_flag WHERE article_id = ?",
                    "DELETE FROM article_word WHERE article_id = ?",
                    "DELETE FROM sentence_block WHERE article_id = ?",
                    "DELETE FROM article WHERE id = ?"}) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Inserts an article's sentences; each one's {@code ord} is its index in the list. */
    public void insertSentences(Tx c, long articleId, List<NewSentence> sentences) {
        insertSentences(c, articleId, 0, sentences);
    }

    /** Sentences are stored this many to a row; a long article can be written that many at a time. */
    public static final int SENTENCES_PER_ROW = SentenceBlocks.SIZE;

    /**
     * Writes an article's sentences from {@code firstOrd} on.
     *
     * @param firstOrd 0 or a multiple of {@link #SENTENCES_PER_ROW}, following the sentences already written
     */
    public void insertSentences(Tx c, long articleId, int firstOrd, List<NewSentence> sentences) {
        try {
            List<SentenceBlocks.Row> rows = new ArrayList<>(sentences.size());
            for (int i = 0; i < sentences.size(); i++) {
                NewSentence s = sentences.get(i);
                rows.add(new SentenceBlocks.Row(firstOrd + i, s.blockOrd(), s.kind().name(), s.text(), s.tokens().value(),
                        NumberList.encode(s.wordIds())));
            }
            SentenceBlocks.insert(c, articleId, rows);
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public List<StoredSentence> sentences(Tx c, long articleId) {
        try {
            List<StoredSentence> out = new ArrayList<>();
            for (SentenceBlocks.Row r : SentenceBlocks.all(c, articleId))
                out.add(new StoredSentence(r.ord(), r.blockOrd(), BlockKind.valueOf(r.kind()), r.text(), TokenCodec.decode(r.tokens(), r.text())));
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Articles with their counts; "known" = running study words whose word is known or graduated. */
    public List<ArticleSummary> summaries(Tx c) {
        try {
            String sql = """
                    SELECT a.id, a.title, a.chars, a.imported_at,
                           (SELECT COALESCE(SUM(b.study_count), 0) FROM sentence_block b WHERE b.article_id = a.id),
                           COALESCE(x.words, 0), COALESCE(x.running, 0), COALESCE(x.known, 0)
                    FROM article a
                    LEFT JOIN (
                        SELECT aw.article_id, COUNT(*) AS words, SUM(aw.count) AS running,
                               SUM(CASE WHEN w.status = 'KNOWN' OR cd.phase = 'REVIEW' THEN aw.count ELSE 0 END) AS known
                        FROM article_word aw
                        JOIN word w ON w.id = aw.word_id
                        LEFT JOIN card cd ON cd.word_id = w.id
                        WHERE w.kind = 'STUDY' AND w.status <> 'IGNORED'
                        GROUP BY aw.article_id
                    ) x ON x.article_id = a.id
                    ORDER BY a.id
                    """;
            List<ArticleSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long running = rs.getLong(7);
                    double share = running == 0 ? 0 : (double) rs.getLong(8) / running;
                    out.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(5), rs.getInt(6),
                            share, rs.getTimestamp(4).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Records that the learner studied this article just now (read it, took its quiz, reviewed its words). */
    public void markStudied(Tx c, long articleId, Instant now) {
        c.update("UPDATE article SET studied_at = ? WHERE id = ?", Timestamp.from(now), articleId);
    }

    /** The article the learner studied last, if they studied one on its own yet. */
    public Optional<Long> lastStudied(Tx c) {
        String sql = "SELECT id FROM article WHERE studied_at IS NOT NULL ORDER BY studied_at DESC, id DESC LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public List<ArticleRef> all(Tx c) {
        try {
            List<ArticleRef> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, source, content_hash FROM article ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(ref(rs));
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /**
     * Finds the article a learner means: an id, or a part of the title that only one article has.
     * Unknown or ambiguous references are errors that say what to type instead.
     */
    public ArticleRef resolve(Tx c, String reference) {
        List<ArticleRef> all = all(c);
        String ref = reference.strip();
        if (ref.matches("\\d+")) {
            long id = Long.parseLong(ref);
            for (ArticleRef a : all) if (a.id() == id) return a;
        }
        List<ArticleRef> matches = new ArrayList<>();
        for (ArticleRef a : all) if (a.title().contains(ref) || sourceName(a).contains(ref)) matches.add(a);
        if (matches.size() == 1) return matches.get(0);
        if (all.isEmpty())
            throw YomuException.notFound("No articles yet. Import one first: yomu import FILE.txt");
        if (matches.isEmpty())
            throw YomuException.notFound("No article matches '" + ref + "'. Run 'yomu articles' to see ids and titles.");
        StringBuilder ids = new StringBuilder();
        for (ArticleRef a : matches) ids.append(ids.length() == 0 ? "" : ", ").append(a.id());
        throw YomuException.invalidInput("'" + ref + "' matches " + matches.size() + " articles (ids " + ids
                + "). Give the id or more of the title.");
    }

    private static String sourceName(ArticleRef a) {
        if (a.source() == null) return "";
        int slash = a.source().lastIndexOf('/');
        return a.source().substring(slash + 1);
    }
}
