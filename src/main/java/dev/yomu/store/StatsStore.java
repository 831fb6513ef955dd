package dev.yomu.store;

import dev.yomu.deck.WordMark;
import dev.yomu.srs.Phase;
import dev.yomu.study.CardCounts;
import dev.yomu.study.CardListing;
import dev.yomu.study.Retention;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only numbers for {@code yomu stats} and {@code yomu cards}. */
public final class StatsStore {

    public List<CardListing> cards(Tx c, Long articleId, Instant dueBefore) {
        try {
            StringBuilder sql = new StringBuilder("SELECT w.lemma, w.reading, w.status, cd.phase, cd.due, cd.stability, "
                    + "cd.difficulty, cd.reps, cd.lapses, cd.created_at "
                    + "FROM card cd JOIN word w ON w.id = cd.word_id WHERE w.status <> 'IGNORED' ");
            if (articleId != null)
                sql.append("AND EXISTS (SELECT 1 FROM article_word aw WHERE aw.word_id = w.id AND aw.article_id = ?) ");
            if (dueBefore != null) sql.append("AND cd.phase <> 'NEW' AND w.status = 'UNKNOWN' AND cd.due < ? ");
            sql.append("ORDER BY CASE WHEN cd.phase = 'NEW' THEN 1 ELSE 0 END, cd.due, w.reading");
            List<CardListing> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                if (articleId != null) ps.setLong(i++, articleId);
                if (dueBefore != null) ps.setTimestamp(i, Timestamp.from(dueBefore));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp due = rs.getTimestamp(5);
                        out.add(new CardListing(rs.getString(1), rs.getString(2), WordMark.valueOf(rs.getString(3)),
                                Phase.valueOf(rs.getString(4)), due == null ? rs.getTimestamp(10).toInstant() : due.toInstant(),
                                rs.getDouble(6), rs.getDouble(7), rs.getInt(8), rs.getInt(9)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Reviews answered per study day since {@code from} (inclusive). */
    public Map<LocalDate, Integer> reviewsPerDay(Tx c, LocalDate from) {
        try {
            Map<LocalDate, Integer> out = new LinkedHashMap<>();
            String sql = "SELECT study_day, COUNT(*) FROM review_log WHERE study_day >= ? GROUP BY study_day ORDER BY study_day";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setDate(1, Date.valueOf(from));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Review-phase answers since {@code from}. */
    public Retention retention(Tx c, LocalDate from) {
        try {
            String sql = "SELECT COUNT(*), COALESCE(SUM(CASE WHEN rating > 1 THEN 1 ELSE 0 END), 0) FROM review_log "
                    + "WHERE prev_phase = 'REVIEW' AND study_day >= ?";
            return TwoCounts.query(c, sql, from, Retention::new);
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public CardCounts byState(Tx c) {
        try {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (String s : List.of("NEW", "LEARNING", "REVIEW", "RELEARNING", "KNOWN")) out.put(s, 0);
            String sql = "SELECT CASE WHEN w.status = 'KNOWN' THEN 'KNOWN' ELSE cd.phase END AS st, COUNT(*) "
                    + "FROM card cd JOIN word w ON w.id = cd.word_id WHERE w.status <> 'IGNORED' GROUP BY st";
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
            }
            String known = "SELECT COUNT(*) FROM word WHERE status = 'KNOWN' AND id NOT IN (SELECT word_id FROM card)";
            try (PreparedStatement ps = c.prepareStatement(known); ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.merge("KNOWN", rs.getInt(1), Integer::sum);
            }
            return new CardCounts(out.get("NEW"), out.get("LEARNING") + out.get("RELEARNING"), out.get("REVIEW"),
                    out.get("KNOWN"));
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Due instants of every card in study due before {@code until}, for the forecast. */
    public List<Instant> dueTimes(Tx c, Instant until) {
        try {
            String sql = "SELECT cd.due FROM card cd JOIN word w ON w.id = cd.word_id "
                    + "WHERE cd.phase <> 'NEW' AND w.status = 'UNKNOWN' AND cd.due < ?";
            List<Instant> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setTimestamp(1, Timestamp.from(until));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getTimestamp(1).toInstant());
                }
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /** Distinct days with at least one review, newest first (for the streak). */
    public List<LocalDate> studyDays(Tx c) {
        try {
            List<LocalDate> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT study_day FROM review_log ORDER BY study_day DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getDate(1).toLocalDate());
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }
}
