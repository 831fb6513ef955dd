package dev.yomu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Fills a database with a large, realistic-looking collection for benchmarks: words with cards in
 * every phase, spread over past and future due dates, and a long review history.
 */
public final class BenchData {
    private BenchData() {}

    public static void generate(Database db, int cards, int logs, Instant now, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        db.transaction(c -> {
            long articleId = new ArticleStore(db).insert(c, "bench", "bench:data", "bench-" + seed, "UTF-8", 0, now);
            long sentenceId = new ArticleStore(db).insertSentences(c, articleId,
                    java.util.List.of(new ArticleStore.NewSentence(0, "PARAGRAPH", "ベンチマーク。", java.util.List.of())))[0];
            insertWords(c, cards, sentenceId, now, rnd);
            insertLogs(c, cards, logs, now, rnd);
            return null;
        });
    }

    private static void insertWords(Connection c, int cards, long sentenceId, Instant now, SplittableRandom rnd)
            throws SQLException {
        try (PreparedStatement w = c.prepareStatement("INSERT INTO word(id, lemma, reading, pos, kind, glosses, common) "
                + "VALUES (?, ?, ?, 'noun', 'STUDY', 'gloss', ?)");
             PreparedStatement o = c.prepareStatement("INSERT INTO occurrence(word_id, sentence_id, count) VALUES (?, ?, ?)");
             PreparedStatement k = c.prepareStatement("INSERT INTO card(word_id, phase, step, stability, difficulty, due, "
                     + "last_review, reps, lapses, created_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= cards; i++) {
                w.setLong(1, i);
                w.setString(2, "語" + i);
                w.setString(3, "ご" + i);
                w.setBoolean(4, rnd.nextInt(4) == 0);
                w.addBatch();
                o.setLong(1, i);
                o.setLong(2, sentenceId);
                o.setInt(3, 1 + rnd.nextInt(5));
                o.addBatch();
                int kind = rnd.nextInt(10); // 30% new, 10% learning, 60% review
                String phase = kind < 3 ? "NEW" : kind < 4 ? "LEARNING" : "REVIEW";
                k.setLong(1, i);
                k.setString(2, phase);
                k.setDouble(3, phase.equals("NEW") ? 0 : 0.5 + rnd.nextDouble() * 200);
                k.setDouble(4, phase.equals("NEW") ? 0 : 1 + rnd.nextDouble() * 9);
                k.setTimestamp(5, Timestamp.from(now.plus(Duration.ofHours(rnd.nextLong(-24 * 30, 24 * 365)))));
                k.setTimestamp(6, phase.equals("NEW") ? null : Timestamp.from(now.minus(Duration.ofDays(rnd.nextLong(1, 400)))));
                k.setInt(7, phase.equals("NEW") ? 0 : 1 + rnd.nextInt(30));
                k.setInt(8, phase.equals("NEW") ? 0 : rnd.nextInt(4));
                k.setTimestamp(9, Timestamp.from(now.minus(Duration.ofDays(400))));
                k.addBatch();
                if (i % 5000 == 0) {
                    w.executeBatch();
                    o.executeBatch();
                    k.executeBatch();
                }
            }
            w.executeBatch();
            o.executeBatch();
            k.executeBatch();
        }
    }

    private static void insertLogs(Connection c, int cards, int logs, Instant now, SplittableRandom rnd)
            throws SQLException {
        String sql = "INSERT INTO review_log(word_id, rating, reviewed_at, study_day, duration_ms, prev_phase, prev_step, "
                + "prev_stability, prev_difficulty, prev_due, prev_last_review, prev_reps, prev_lapses, new_phase, new_due) "
                + "VALUES (?, ?, ?, ?, ?, 'REVIEW', 0, 10, 5, ?, ?, 3, 0, 'REVIEW', ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= logs; i++) {
                Instant at = now.minus(Duration.ofMinutes(rnd.nextLong(1, 60L * 24 * 400)));
                ps.setLong(1, 1 + rnd.nextInt(cards));
                ps.setInt(2, 1 + rnd.nextInt(4));
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setDate(4, java.sql.Date.valueOf(at.atOffset(ZoneOffset.UTC).toLocalDate()));
                ps.setInt(5, 3000 + rnd.nextInt(9000));
                ps.setTimestamp(6, Timestamp.from(at));
                ps.setTimestamp(7, Timestamp.from(at.minus(Duration.ofDays(5))));
                ps.setTimestamp(8, Timestamp.from(at.plus(Duration.ofDays(10))));
                ps.addBatch();
                if (i % 10000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }
}
