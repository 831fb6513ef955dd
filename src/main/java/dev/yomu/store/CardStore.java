package dev.yomu.store;

import dev.yomu.deck.WordMark;
import dev.yomu.srs.CardState;
import dev.yomu.srs.Phase;
import dev.yomu.srs.Rating;
import dev.yomu.study.Card;
import dev.yomu.study.ExampleSentence;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Flashcards (one per study word), their review log, and the queries that build a day's queue. */
public final class CardStore {

    /** One review-log row: enough to undo the answer exactly. */
    public record LogRow(long id, long wordId, Rating rating, Instant reviewedAt, CardState before) {}

    private static final String CARD_COLUMNS = "w.id, w.lemma, w.reading, w.pos, w.glosses, cd.phase, cd.step, "
            + "cd.stability, cd.difficulty, cd.due, cd.last_review, cd.reps, cd.lapses, cd.created_at, cd.version";

    public Optional<Card> find(Tx c, long wordId) {
        String sql = "SELECT " + CARD_COLUMNS + " FROM card cd JOIN word w ON w.id = cd.word_id WHERE cd.word_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, wordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    private static Card row(ResultSet rs) throws SQLException {
        return new Card(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                state(rs, 6), rs.getLong(15));
    }

    /** Binds a CardState to parameters phase, step, stability, difficulty, due, last_review, reps, lapses from {@code first}. */
    private static void bindState(PreparedStatement ps, int first, CardState s) throws SQLException {
        ps.setString(first, s.phase().name());
        ps.setInt(first + 1, s.step());
        ps.setDouble(first + 2, s.stability());
        ps.setDouble(first + 3, s.difficulty());
        ps.setTimestamp(first + 4, Timestamp.from(s.due()));
        ps.setTimestamp(first + 5, s.lastReview() == null ? null : Timestamp.from(s.lastReview()));
        ps.setInt(first + 6, s.reps());
        ps.setInt(first + 7, s.lapses());
    }

    /** Reads a CardState from columns phase, step, stability, difficulty, due, last_review, reps, lapses, created. */
    private static CardState state(ResultSet rs, int first) throws SQLException {
        Phase phase = Phase.valueOf(rs.getString(first));
        Timestamp due = rs.getTimestamp(first + 4);
        Timestamp last = rs.getTimestamp(first + 5);
        Instant dueAt = due != null ? due.toInstant() : rs.getTimestamp(first + 8).toInstant();
        if (phase == Phase.NEW) return CardState.newCard(dueAt);
        return new CardState(phase, rs.getInt(first + 1), rs.getDouble(first + 2), rs.getDouble(first + 3), dueAt,
                last == null ? null : last.toInstant(), rs.getInt(first + 6), rs.getInt(first + 7));
    }

    /**
     * Cards already in study that are due before {@code dayEnd} (learning first, then by due), at most
     * {@code limit}. Known and ignored words have no place in the queue.
     */
    public List<Card> due(Tx c, Instant dayEnd, int limit, Long articleId) {
        String sql = "SELECT " + CARD_COLUMNS + " FROM card cd JOIN word w ON w.id = cd.word_id "
                + "WHERE cd.phase <> 'NEW' AND cd.due < ? AND w.status = 'UNKNOWN' " + articleFilter(articleId)
                + "ORDER BY CASE WHEN cd.phase = 'REVIEW' THEN 1 ELSE 0 END, cd.due, cd.word_id LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setTimestamp(i++, Timestamp.from(dayEnd));
            if (articleId != null) ps.setLong(i++, articleId);
            ps.setInt(i, limit);
            return rows(ps);
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /**
     * New cards, most useful first: words that occur most across the learner's articles, then words
     * the dictionary marks common.
     */
    public List<Card> fresh(Tx c, int limit, Long articleId) {
        String sql = "SELECT " + CARD_COLUMNS + " FROM card cd JOIN word w ON w.id = cd.word_id "
                + "WHERE cd.phase = 'NEW' AND w.status = 'UNKNOWN' AND w.kind = 'STUDY' " + articleFilter(articleId)
                + "ORDER BY w.freq DESC, w.common DESC, cd.word_id LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (articleId != null) ps.setLong(i++, articleId);
            ps.setInt(i, limit);
            return rows(ps);
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** How many cards {@link #fresh} could return without a limit. */
    public int countFresh(Tx c, Long articleId) {
        String sql = "SELECT COUNT(*) FROM card cd JOIN word w ON w.id = cd.word_id "
                + "WHERE cd.phase = 'NEW' AND w.status = 'UNKNOWN' AND w.kind = 'STUDY' " + articleFilter(articleId);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (articleId != null) ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    private static String articleFilter(Long articleId) {
        return articleId == null ? "" : "AND EXISTS (SELECT 1 FROM article_word aw WHERE aw.word_id = w.id AND aw.article_id = ?) ";
    }

    private static List<Card> rows(PreparedStatement ps) throws SQLException {
        List<Card> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(row(rs));
        }
        return out;
    }

    /** What was studied on one study day: new cards introduced, review cards answered. */
    public record DayDone(int introduced, int reviewed) {}

    /** How many new cards were introduced and how many reviews were answered on {@code day}. */
    public DayDone doneOn(Tx c, LocalDate day) {
        try {
            String sql = "SELECT COALESCE(SUM(CASE WHEN prev_phase = 'NEW' THEN 1 ELSE 0 END), 0), "
                    + "COALESCE(SUM(CASE WHEN prev_phase = 'REVIEW' THEN 1 ELSE 0 END), 0) FROM review_log WHERE study_day = ?";
            return TwoCounts.query(c, sql, day, DayDone::new);
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Cards in study (not new) due before {@code before}. */
    public int countDue(Tx c, Instant before) {
        String sql = "SELECT COUNT(*) FROM card cd JOIN word w ON w.id = cd.word_id "
                + "WHERE cd.phase <> 'NEW' AND cd.due < ? AND w.status = 'UNKNOWN'";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(before));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Stores an answer: the card's new state and its log row, in the caller's transaction. */
    public long answer(Tx c, long wordId, CardState before, CardState after, Rating rating, Instant at,
                       LocalDate studyDay, int durationMs) {
        save(c, wordId, after);
        String sql = "INSERT INTO review_log(word_id, rating, reviewed_at, study_day, duration_ms, prev_phase, prev_step, "
                + "prev_stability, prev_difficulty, prev_due, prev_last_review, prev_reps, prev_lapses, new_phase, new_due) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, wordId);
            ps.setInt(2, rating.grade());
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setDate(4, Date.valueOf(studyDay));
            ps.setInt(5, durationMs);
            bindState(ps, 6, before);
            ps.setString(14, after.phase().name());
            ps.setTimestamp(15, Timestamp.from(after.due()));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public void save(Tx c, long wordId, CardState s) {
        String sql = "UPDATE card SET phase = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, "
                + "reps = ?, lapses = ?, version = version + 1 WHERE word_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindState(ps, 1, s);
            ps.setLong(9, wordId);
            if (ps.executeUpdate() != 1) throw new SQLException("No card for word " + wordId);
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** The log row of an answer, to undo it. */
    public Optional<LogRow> log(Tx c, long logId) {
        String sql = "SELECT id, word_id, rating, reviewed_at, prev_phase, prev_step, prev_stability, prev_difficulty, "
                + "prev_due, prev_last_review, prev_reps, prev_lapses, prev_due FROM review_log WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, logId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new LogRow(rs.getLong(1), rs.getLong(2), Rating.fromKey(rs.getInt(3)),
                        rs.getTimestamp(4).toInstant(), state(rs, 5)));
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Undoes an answer: the card gets its earlier state back and the log row goes. */
    public void undo(Tx c, LogRow log) {
        save(c, log.wordId(), log.before());
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM review_log WHERE id = ?")) {
            ps.setLong(1, log.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /**
     * The example sentence for a word (see {@link ExampleFinder}): from {@code articleId} when one is
     * given and the word occurs there, else the best of all the learner's articles.
     */
    public Optional<ExampleSentence> example(Tx c, long wordId, Long articleId) {
        try {
            ExampleFinder finder = new ExampleFinder(c);
            Optional<ExampleSentence> there = articleId == null ? Optional.empty() : finder.best(wordId, articleId);
            return there.isPresent() ? there : finder.best(wordId, null);
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Marks a word known (or ignored): it leaves the queue and counts as known everywhere. */
    public void setStatus(Tx c, long wordId, WordMark status) {
        setStatus(c, List.of(wordId), status);
    }

    /**
     * Marks words known (or ignored), in one batch. The only place a word's mark is written, so a
     * review's k, the reader and a known-word list all change it the same way.
     */
    public void setStatus(Tx c, List<Long> wordIds, WordMark status) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE word SET status = ? WHERE id = ?")) {
            for (long id : wordIds) {
                ps.setString(1, status.name());
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }
}
