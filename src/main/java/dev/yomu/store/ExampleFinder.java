package dev.yomu.store;

import dev.yomu.store.CardStore.Example;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sentence to show a word in: the one with the fewest words the learner does not know yet
 * (i+1), then one of a comfortable length, then the shortest, then the earliest. "Not known yet"
 * leaves out words marked known and cards that have graduated to review.
 */
final class ExampleFinder {
    private static final int COMFORTABLE_MIN = 8, COMFORTABLE_MAX = 90;

    private ExampleFinder() {}

    /** A paragraph sentence holding the word, with what ranking it needs. */
    private record Candidate(long articleId, int ord, int length, long[] wordIds) {
        boolean comfortable() {
            return length >= COMFORTABLE_MIN && length <= COMFORTABLE_MAX;
        }
    }

    /** @param articleId the article to take the sentence from, or null for any */
    static Optional<Example> best(Connection c, long wordId, Long articleId) throws SQLException {
        List<Candidate> candidates = candidates(c, wordId, articleId);
        if (candidates.isEmpty()) return Optional.empty();
        Set<Long> unknown = unknownAmong(c, candidates);
        Comparator<Candidate> order = Comparator
                .comparingInt((Candidate k) -> unknownCount(k, unknown))
                .thenComparing(k -> !k.comfortable())
                .thenComparingInt(Candidate::length)
                .thenComparingLong(Candidate::articleId)
                .thenComparingInt(Candidate::ord);
        return Optional.of(load(c, candidates.stream().min(order).orElseThrow()));
    }

    private static List<Candidate> candidates(Connection c, long wordId, Long articleId) throws SQLException {
        String sql = "SELECT article_id, sentence_ords FROM article_word WHERE word_id = ?"
                + (articleId == null ? "" : " AND article_id = ?");
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement uses = c.prepareStatement(sql)) {
            uses.setLong(1, wordId);
            if (articleId != null) uses.setLong(2, articleId);
            try (ResultSet rs = uses.executeQuery()) {
                while (rs.next()) out.addAll(paragraphs(c, rs.getLong(1), NumberList.decode(rs.getString(2))));
            }
        }
        return out;
    }

    /** The paragraph sentences among {@code ords} of one article. */
    private static List<Candidate> paragraphs(Connection c, long article, long[] ords) throws SQLException {
        Set<Long> wanted = new HashSet<>();
        Set<Long> blocks = new java.util.TreeSet<>();
        for (long ord : ords) {
            wanted.add(ord);
            blocks.add((long) SentenceBlocks.blockOf((int) ord));
        }
        List<Candidate> out = new ArrayList<>();
        for (SentenceBlocks.Row r : SentenceBlocks.blocks(c, article, blocks.toArray(new Long[0])))
            if (wanted.contains((long) r.ord()) && r.kind().equals("PARAGRAPH"))
                out.add(new Candidate(article, r.ord(), r.text().length(), NumberList.decode(r.wordIds())));
        return out;
    }

    private static Set<Long> unknownAmong(Connection c, List<Candidate> candidates) throws SQLException {
        Set<Long> ids = new HashSet<>();
        for (Candidate k : candidates) for (long id : k.wordIds()) ids.add(id);
        String sql = "SELECT w.id FROM word w LEFT JOIN card cd ON cd.word_id = w.id "
                + "WHERE w.id IN (SELECT X FROM UNNEST(CAST(? AS BIGINT ARRAY)) AS T(X)) AND w.kind = 'STUDY' AND w.status = 'UNKNOWN' "
                + "AND (cd.phase IS NULL OR cd.phase <> 'REVIEW')";
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, ids.toArray(new Long[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static int unknownCount(Candidate k, Set<Long> unknown) {
        int n = 0;
        for (long id : k.wordIds()) if (unknown.contains(id)) n++;
        return n;
    }

    private static Example load(Connection c, Candidate k) throws SQLException {
        String title;
        try (PreparedStatement ps = c.prepareStatement("SELECT title FROM article WHERE id = ?")) {
            ps.setLong(1, k.articleId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                title = rs.getString(1);
            }
        }
        for (SentenceBlocks.Row r : SentenceBlocks.blocks(c, k.articleId(), new Long[] {(long) SentenceBlocks.blockOf(k.ord())}))
            if (r.ord() == k.ord()) return new Example(r.text(), TokenCodec.decode(r.tokens(), r.text()), title);
        throw new IllegalStateException("sentence " + k.ord() + " of article " + k.articleId() + " vanished");
    }
}
