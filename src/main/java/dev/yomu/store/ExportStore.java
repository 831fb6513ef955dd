package dev.yomu.store;

import dev.yomu.deck.ExportWord;
import dev.yomu.deck.WordMark;
import dev.yomu.srs.Phase;
import dev.yomu.study.ExampleSentence;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the exporters read: study words with their example sentence and home article. */
public final class ExportStore {

    /**
     * Study words of one article (or of all articles when {@code articleId} is null), in a stable
     * order. The sentence comes from that article (or from any), as {@link ExampleFinder} ranks them.
     */
    public List<ExportWord> words(Tx c, Long articleId) {
        try {
            String sql = """
                    SELECT w.id, w.lemma, w.reading, w.pos, w.glosses, w.status, cd.phase, SUM(aw.count), MIN(aw.article_id)
                    FROM word w
                    JOIN article_word aw ON aw.word_id = w.id
                    LEFT JOIN card cd ON cd.word_id = w.id
                    WHERE w.kind = 'STUDY' AND w.status <> 'IGNORED'
                    """ + (articleId == null ? "" : " AND aw.article_id = ?") + """

                    GROUP BY w.id, w.lemma, w.reading, w.pos, w.glosses, w.status, cd.phase
                    ORDER BY w.id
                    """;
            List<ExportWord> out = new ArrayList<>();
            ExampleFinder examples = new ExampleFinder(c);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (articleId != null) ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        Optional<ExampleSentence> ex = examples.best(id, articleId);
                        // without a sentence (none should be missing) the word still belongs to its first article
                        out.add(new ExportWord(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                WordMark.valueOf(rs.getString(6)), StoredEnums.orNull(Phase.class, rs.getString(7)), rs.getInt(8), ex.map(ExampleSentence::text).orElse(""),
                                ex.map(ExampleSentence::tokens).orElse(List.of()),
                                ex.isPresent() ? ex.get().articleTitle() : title(c, rs.getLong(9))));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    private static String title(Tx c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT title FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * Marks words known by their written form (lemma), or by their reading where no word is written
     * that way; returns how many words changed. The matching is done in memory over one scan of the
     * words, then one batched update: a statement per line made a 10,000-line list take minutes.
     */
    public int markKnown(Tx c, List<String> forms) {
        try {
            Set<String> wanted = new HashSet<>(forms);
            Set<String> lemmas = new HashSet<>();
            record Candidate(long id, String lemma, String reading) {}
            List<Candidate> candidates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, lemma, reading, kind, status FROM word");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lemmas.add(rs.getString(2));
                    if ("STUDY".equals(rs.getString(4)) && !"KNOWN".equals(rs.getString(5)))
                        candidates.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            List<Long> known = new ArrayList<>();
            for (Candidate w : candidates)
                if (wanted.contains(w.lemma()) || wanted.contains(w.reading()) && !lemmas.contains(w.reading())) known.add(w.id());
            new CardStore().setStatus(c, known, WordMark.KNOWN);
            return known.size();
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }
}
