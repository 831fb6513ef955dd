package dev.yomu.store;

import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordMark;
import dev.yomu.study.ArticleWord;
import dev.yomu.study.WordTotals;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Words (one row per lemma + reading across all articles), where articles use them, and their cards. */
public final class WordStore {

    /** The identity of a word: its dictionary form and that form's reading. */
    public record WordKey(String lemma, String reading) {
        // Written out, with the formula the generated one uses: a record's generated equals and
        // hashCode go through method handles, which the C1-only import launcher does not inline.
        @Override
        public boolean equals(Object o) {
            return o instanceof WordKey k && java.util.Objects.equals(lemma, k.lemma) && java.util.Objects.equals(reading, k.reading);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(lemma) + java.util.Objects.hashCode(reading);
        }
    }

    /** A word to create. */
    public record NewWord(String lemma, String reading, String pos, WordKind kind, String glosses, String dictPos,
                          boolean common) {}

    /** A word already in the database: its id and kind (STUDY or NAME). */
    public record StoredWord(long id, WordKind kind) {}

    /**
     * Every word already in the database, by its key (whatever the learner's mark). The kind a word was
     * first stored with is its kind in every article.
     */
    public Map<WordKey, StoredWord> storedWords(Tx c) {
        try {
            Map<WordKey, StoredWord> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, lemma, reading, kind FROM word");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.put(new WordKey(rs.getString(2), rs.getString(3)), new StoredWord(rs.getLong(1), WordKind.valueOf(rs.getString(4))));
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public long insert(Tx c, NewWord w) {
        String sql = "INSERT INTO word(lemma, reading, pos, kind, glosses, dict_pos, common) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, w.lemma());
            ps.setString(2, w.reading());
            ps.setString(3, w.pos());
            ps.setString(4, w.kind().name());
            ps.setString(5, w.glosses());
            ps.setString(6, w.dictPos());
            ps.setBoolean(7, w.common());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /**
     * A word as one article uses it: how often, and in which sentences.
     *
     * @param sentenceOrds ordinals of the sentences it occurs in ({@code sentence.ord})
     */
    public record Usage(long wordId, int count, long[] sentenceOrds) {}

    /** Records the words of a newly written article, one row per distinct word. */
    public void insertUsages(Tx c, long articleId, List<Usage> usages) {
        String sql = "INSERT INTO article_word(article_id, word_id, count, sentence_ords) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Usage u : usages) {
                ps.setLong(1, articleId);
                ps.setLong(2, u.wordId());
                ps.setInt(3, u.count());
                ps.setString(4, NumberList.encode(u.sentenceOrds()));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Ids of the words an article uses, so their frequencies can be refreshed when it changes. */
    public List<Long> wordIdsOf(Tx c, long articleId) {
        try {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT word_id FROM article_word WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /**
     * A word only one article uses, with what the learner has done with it: answers in the review
     * log (a card with history) or a mark (known, ignored).
     */
    public record SoleUse(long wordId, boolean reviewed, boolean marked) {}

    /** The words that {@code articleId} uses and no other article does. */
    public List<SoleUse> usedOnlyBy(Tx c, long articleId) {
        try {
            String sql = """
                    SELECT w.id,
                           EXISTS (SELECT 1 FROM review_log r WHERE r.word_id = w.id),
                           w.status <> 'UNKNOWN'
                    FROM article_word aw
                    JOIN word w ON w.id = aw.word_id
                    WHERE aw.article_id = ?
                      AND NOT EXISTS (SELECT 1 FROM article_word o WHERE o.word_id = w.id AND o.article_id <> aw.article_id)
                    ORDER BY w.id
                    """;
            List<SoleUse> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new SoleUse(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /**
     * Deletes those of {@code wordIds} that no article uses and the learner never answered or marked,
     * with their cards. Words with answers stay: the review log hangs on its word, and deleting the
     * word would take the learner's history with it.
     *
     * @return how many words were deleted
     */
    public int deleteUnused(Tx c, java.util.Collection<Long> wordIds) {
        try {
            String sql = """
                    DELETE FROM word w
                    WHERE w.id = ? AND w.status = 'UNKNOWN'
                      AND NOT EXISTS (SELECT 1 FROM article_word aw WHERE aw.word_id = w.id)
                      AND NOT EXISTS (SELECT 1 FROM review_log r WHERE r.word_id = w.id)
                    """; // the card goes with its word (ON DELETE CASCADE)
            int deleted = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (long id : wordIds) {
                    ps.setLong(1, id);
                    deleted += ps.executeUpdate();
                }
            }
            return deleted;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Adds a new article's counts to its words' frequencies. */
    public void addFrequencies(Tx c, Map<Long, Integer> counts) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE word SET freq = freq + ? WHERE id = ?")) {
            for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                ps.setInt(1, e.getValue());
                ps.setLong(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Recounts how often each word occurs across all articles (the usefulness order of new cards). */
    public void refreshFrequencies(Tx c, java.util.Collection<Long> wordIds) {
        String sql = "UPDATE word SET freq = (SELECT COALESCE(SUM(count), 0) FROM article_word WHERE word_id = ?) WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (long id : wordIds) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Gives each study word a new card if it has none yet; a word's card is shared by all articles. */
    public int ensureCards(Tx c, List<Long> wordIds, Instant now) {
        try {
            String sql = "MERGE INTO card(word_id, created_at) KEY(word_id) SELECT ?, ? FROM DUAL "
                    + "WHERE NOT EXISTS (SELECT 1 FROM card WHERE word_id = ?)";
            int created = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (long id : wordIds) {
                    ps.setLong(1, id);
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setLong(3, id);
                    created += ps.executeUpdate();
                }
            }
            return created;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** An article's words, most useful first: frequent in this article, common in the language, frequent overall. */
    public List<ArticleWord> wordsOf(Tx c, long articleId, boolean includeNames) {
        try {
            String sql = """
                    SELECT w.id, w.lemma, w.reading, w.pos, w.kind, w.status, w.glosses, w.common,
                           aw.count AS n, w.freq AS total
                    FROM article_word aw
                    JOIN word w ON w.id = aw.word_id
                    WHERE aw.article_id = ? AND w.status <> 'IGNORED' AND (w.kind = 'STUDY' OR ?)
                    ORDER BY n DESC, w.common DESC, total DESC, w.reading
                    """;
            List<ArticleWord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, articleId);
                ps.setBoolean(2, includeNames);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        out.add(new ArticleWord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                WordKind.valueOf(rs.getString(5)), WordMark.valueOf(rs.getString(6)), rs.getString(7),
                                rs.getBoolean(8), rs.getInt(9),
                                rs.getInt(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public WordTotals totals(Tx c, Instant dueBefore) {
        String sql = """
                SELECT (SELECT COUNT(*) FROM article),
                       (SELECT COUNT(*) FROM word WHERE kind = 'STUDY' AND status <> 'IGNORED'),
                       (SELECT COUNT(*) FROM word WHERE status = 'KNOWN'),
                       (SELECT COUNT(*) FROM card cd JOIN word w ON w.id = cd.word_id
                          WHERE cd.phase = 'NEW' AND w.status = 'UNKNOWN'),
                       (SELECT COUNT(*) FROM card cd JOIN word w ON w.id = cd.word_id
                          WHERE cd.phase <> 'NEW' AND cd.due < ? AND w.status = 'UNKNOWN')
                """;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(dueBefore));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new WordTotals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }
}
