package dev.yomu.store;

import dev.yomu.quiz.QuestionKind;
import dev.yomu.quiz.QuizMaker.Mix;
import dev.yomu.study.QuizAttempt;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Quiz attempts, answers and flagged questions. */
public final class QuizStore {

    public long startAttempt(Tx c, long articleId, Mix kind, long seed, int questions, Instant now) {
        String sql = "INSERT INTO quiz_attempt(article_id, quiz_kind, seed, questions, started_at) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, articleId);
            ps.setString(2, StoredEnums.lowerCase(kind));
            ps.setLong(3, seed);
            ps.setInt(4, questions);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public void answer(Tx c, long attemptId, int ord, String key, QuestionKind kind, int chosen, boolean correct,
                       Instant now) {
        String sql = "INSERT INTO quiz_answer(attempt_id, ord, question_key, question_kind, chosen, correct, answered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, attemptId);
            ps.setInt(2, ord);
            ps.setString(3, key);
            ps.setString(4, kind.name());
            ps.setInt(5, chosen);
            ps.setBoolean(6, correct);
            ps.setTimestamp(7, Timestamp.from(now));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public void flag(Tx c, String key, long articleId, String prompt, Instant now) {
        String sql = "MERGE INTO quiz_flag(question_key, article_id, prompt, flagged_at) KEY(question_key) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.setLong(2, articleId);
            ps.setString(3, prompt.length() > 4000 ? prompt.substring(0, 4000) : prompt);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public Set<String> flagged(Tx c) {
        try {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT question_key FROM quiz_flag"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Attempts, newest first, of one article or (articleId null) of all. */
    public List<QuizAttempt> history(Tx c, Long articleId) {
        try {
            String sql = """
                    SELECT q.id, q.article_id, a.title, q.quiz_kind, q.seed, q.questions,
                           (SELECT COUNT(*) FROM quiz_answer x WHERE x.attempt_id = q.id),
                           (SELECT COUNT(*) FROM quiz_answer x WHERE x.attempt_id = q.id AND x.correct),
                           q.started_at
                    FROM quiz_attempt q JOIN article a ON a.id = q.article_id
                    WHERE ? IS NULL OR q.article_id = ?
                    ORDER BY q.started_at DESC, q.id DESC
                    """;
            List<QuizAttempt> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (articleId == null) {
                    ps.setNull(1, java.sql.Types.BIGINT);
                    ps.setNull(2, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(1, articleId);
                    ps.setLong(2, articleId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        out.add(new QuizAttempt(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                StoredEnums.fromLowerCase(Mix.class, rs.getString(4)), rs.getLong(5),
                                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getTimestamp(9).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }
}
