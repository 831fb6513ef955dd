package dev.yomu.store;

import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordMark;
import dev.yomu.srs.Phase;
import dev.yomu.study.ReaderWord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the reader needs to know of an article's words: status, card, and how often they occur. */
public final class ReaderStore {

    /** Every word (study words and names, ignored ones too) that occurs in the article. */
    public List<ReaderWord> words(Tx c, long articleId) {
        try {
            String sql = """
                    SELECT w.id, w.lemma, w.reading, w.pos, w.kind, w.status, w.glosses,
                           aw.count,
                           (SELECT SUM(aw2.count) FROM article_word aw2 WHERE aw2.word_id = w.id),
                           cd.phase, cd.due, cd.stability
                    FROM article_word aw
                    JOIN word w ON w.id = aw.word_id
                    LEFT JOIN card cd ON cd.word_id = w.id
                    WHERE aw.article_id = ?
                    ORDER BY w.id
                    """;
            List<ReaderWord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(word(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** One word with its current status and card, after the reader changed it. */
    public Optional<ReaderWord> word(Tx c, long wordId, long articleId) {
        String sql = """
                SELECT w.id, w.lemma, w.reading, w.pos, w.kind, w.status, w.glosses,
                       (SELECT COALESCE(SUM(aw.count), 0) FROM article_word aw WHERE aw.word_id = w.id AND aw.article_id = ?),
                       (SELECT COALESCE(SUM(aw2.count), 0) FROM article_word aw2 WHERE aw2.word_id = w.id),
                       cd.phase, cd.due, cd.stability
                FROM word w LEFT JOIN card cd ON cd.word_id = w.id
                WHERE w.id = ?
                """;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, articleId);
            ps.setLong(2, wordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(word(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    private static ReaderWord word(ResultSet rs) throws SQLException {
        Timestamp due = rs.getTimestamp(11);
        return new ReaderWord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                WordKind.valueOf(rs.getString(5)), WordMark.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8),
                rs.getInt(9), StoredEnums.orNull(Phase.class, rs.getString(10)),
                due == null ? null : due.toInstant(), rs.getDouble(12));
    }
}
