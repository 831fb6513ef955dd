package dev.yomu.store;

import dev.yomu.text.BlockKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a database with a large collection for benchmarks: words in sentences of ten, cards in
 * every phase spread over past and future due dates, and a long review history ending yesterday
 * (so today's limits are untouched). Generated inside H2 from SYSTEM_RANGE with fixed arithmetic,
 * which is deterministic and fast.
 */
public final class BenchData {
    private static final int WORDS_PER_SENTENCE = 10;

    private BenchData() {}

    /** Generates the data, then compacts and closes {@code db}. */
    public static void generate(Database db, int cards, int logs, Instant now) {
        db.transaction(c -> {
            long articleId = new ArticleStore(db).insert(c, "bench", "bench:data", "bench-" + cards + "-" + logs,
                    "UTF-8", 0, now);
            int sentences = (cards + WORDS_PER_SENTENCE - 1) / WORDS_PER_SENTENCE;
            List<ArticleStore.NewSentence> rows = new ArrayList<>(sentences);
            for (int i = 0; i < sentences; i++) {
                long[] words = new long[Math.min(WORDS_PER_SENTENCE, cards - i * WORDS_PER_SENTENCE)];
                for (int w = 0; w < words.length; w++) words[w] = 1L + i * WORDS_PER_SENTENCE + w;
                rows.add(new ArticleStore.NewSentence(i, BlockKind.PARAGRAPH, "ベンチマークの文" + i + "。", List.of(), words));
            }
            new ArticleStore(db).insertSentences(c, articleId, rows);
            c.update("INSERT INTO word(id, lemma, reading, pos, kind, glosses, common, freq) "
                    + "SELECT X, '語' || X, 'ご' || X, 'noun', 'STUDY', 'gloss', MOD(X, 4) = 0, 1 + MOD(X * 7, 5) "
                    + "FROM SYSTEM_RANGE(1, ?)", cards);
            c.update("INSERT INTO article_word(article_id, word_id, count, sentence_ords) SELECT ?, X, 1 + MOD(X * 7, 5), "
                    + "CAST((X - 1) / " + WORDS_PER_SENTENCE + " AS VARCHAR) FROM SYSTEM_RANGE(1, ?)", articleId, cards);
            // 30% new, 10% learning, 60% review; due from 30 days ago to a year ahead
            c.update("INSERT INTO card(word_id, phase, step, stability, difficulty, due, last_review, reps, lapses, created_at) "
                    + "SELECT X, CASE WHEN MOD(X, 10) < 3 THEN 'NEW' WHEN MOD(X, 10) = 3 THEN 'LEARNING' ELSE 'REVIEW' END, 0, "
                    + "CASE WHEN MOD(X, 10) < 3 THEN 0 ELSE 0.5 + MOD(X * 37, 2000) / 10.0 END, "
                    + "CASE WHEN MOD(X, 10) < 3 THEN 0 ELSE 1 + MOD(X * 13, 90) / 10.0 END, "
                    + "CASE WHEN MOD(X, 10) < 3 THEN NULL ELSE DATEADD(HOUR, MOD(X * 7919, 24 * 395) - 24 * 30, CAST(? AS TIMESTAMP WITH TIME ZONE)) END, "
                    + "CASE WHEN MOD(X, 10) < 3 THEN NULL ELSE DATEADD(DAY, -1 - MOD(X * 31, 400), CAST(? AS TIMESTAMP WITH TIME ZONE)) END, "
                    + "CASE WHEN MOD(X, 10) < 3 THEN 0 ELSE 1 + MOD(X, 30) END, CASE WHEN MOD(X, 10) < 3 THEN 0 ELSE MOD(X, 4) END, "
                    + "DATEADD(DAY, -400, CAST(? AS TIMESTAMP WITH TIME ZONE)) FROM SYSTEM_RANGE(1, ?)",
                    Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), cards);
            return null;
        });
        // The history goes in slices: one huge transaction is much slower in H2 than several.
        int slice = 100_000;
        for (int from = 0; from < logs; from += slice) {
            int start = from, count = Math.min(slice, logs - from);
            db.transaction(c -> {
                insertLogs(c, cards, start, count, now);
                return null;
            });
        }
        db.compactAndClose();
    }

    private static void insertLogs(Tx c, int cards, int start, int count, Instant now) {
        c.update("INSERT INTO review_log(word_id, rating, reviewed_at, study_day, duration_ms, prev_phase, prev_step, "
                + "prev_stability, prev_difficulty, prev_due, prev_last_review, prev_reps, prev_lapses, new_phase, new_due) "
                + "SELECT 1 + MOD(X * 7919, ?), 1 + MOD(X * 31, 4), T, CAST(T AS DATE), 3000 + MOD(X * 17, 9000), "
                + "'REVIEW', 0, 10, 5, T, DATEADD(DAY, -5, T), 3, 0, 'REVIEW', DATEADD(DAY, 10, T) FROM ("
                + "SELECT X, DATEADD(MINUTE, -1440 - MOD(X * 104729, 1440 * 399), CAST(? AS TIMESTAMP WITH TIME ZONE)) AS T "
                + "FROM SYSTEM_RANGE(?, ?))", cards, Timestamp.from(now), start + 1, start + count);
    }

    /** Cards in the database, to say how big the collection a benchmark ran on was. */
    public static int countCards(Database db) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM card"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                throw Tx.failed(e);
            }
        });
    }
}
