package dev.yomu.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences as H2 holds them: {@value #SIZE} to a row of {@code sentence_block}, each column a
 * list with one entry per sentence. H2's cost is per row written, and an import writes every
 * sentence of a long text; reading is always of whole articles or of a few known sentences.
 */
final class SentenceBlocks {
    static final int SIZE = 64;
    private static final char SEP = '\u001D';
    private static final String SEP_STRING = String.valueOf(SEP);

    private SentenceBlocks() {}

    /** One sentence as stored, tokens still packed. */
    record Row(int ord, int blockOrd, String kind, String text, String tokens, String wordIds) {}

    /** The first ord of the block that holds {@code ord}. */
    static int blockOf(int ord) {
        return ord / SIZE * SIZE;
    }

    /**
     * Writes rows whose ords run on by one in list order, from the start of a block: an article's
     * sentences can be written a block or more at a time.
     */
    static void insert(Tx c, long articleId, List<Row> rows) throws SQLException {
        String sql = "INSERT INTO sentence_block(article_id, first_ord, study_count, block_ords, kinds, texts, tokens,"
                + " word_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        if (!rows.isEmpty() && rows.get(0).ord() != blockOf(rows.get(0).ord()))
            throw new IllegalArgumentException("sentences are written from the start of a block of " + SIZE);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int start = 0; start < rows.size(); start += SIZE) {
                List<Row> block = rows.subList(start, Math.min(rows.size(), start + SIZE));
                int first = block.get(0).ord();
                StringBuilder blockOrds = new StringBuilder(), kinds = new StringBuilder(), texts = new StringBuilder(),
                        tokens = new StringBuilder(), wordIds = new StringBuilder();
                int study = 0;
                for (int k = 0; k < block.size(); k++) {
                    Row r = block.get(k);
                    if (r.ord() != first + k) throw new IllegalArgumentException("sentence ords must run on by one");
                    if (k > 0) {
                        blockOrds.append(SEP);
                        kinds.append(SEP);
                        texts.append(SEP);
                        tokens.append(SEP);
                        wordIds.append(SEP);
                    }
                    blockOrds.append(r.blockOrd());
                    kinds.append(r.kind());
                    texts.append(r.text());
                    tokens.append(r.tokens());
                    wordIds.append(r.wordIds());
                    if (!r.kind().equals("COMMENT")) study++;
                }
                ps.setLong(1, articleId);
                ps.setInt(2, first);
                ps.setInt(3, study);
                ps.setString(4, blockOrds.toString());
                ps.setString(5, kinds.toString());
                ps.setString(6, texts.toString());
                ps.setString(7, tokens.toString());
                ps.setString(8, wordIds.toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every sentence of an article, in order. */
    static List<Row> all(Tx c, long articleId) throws SQLException {
        String sql = "SELECT first_ord, block_ords, kinds, texts, tokens, word_ids FROM sentence_block "
                + "WHERE article_id = ? ORDER BY first_ord";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, articleId);
            return rows(ps);
        }
    }

    /** The blocks starting at {@code firstOrds} (see {@link #blockOf}), every sentence in them. */
    static List<Row> blocks(Tx c, long articleId, Long[] firstOrds) throws SQLException {
        String sql = "SELECT first_ord, block_ords, kinds, texts, tokens, word_ids FROM sentence_block "
                + "WHERE article_id = ? AND first_ord IN (SELECT X FROM UNNEST(CAST(? AS BIGINT ARRAY)) AS T(X)) "
                + "ORDER BY first_ord";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, articleId);
            ps.setObject(2, firstOrds);
            return rows(ps);
        }
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int first = rs.getInt(1);
                String[] blockOrds = split(rs.getString(2)), kinds = split(rs.getString(3)), texts = split(rs.getString(4)),
                        tokens = split(rs.getString(5)), wordIds = split(rs.getString(6));
                for (int i = 0; i < kinds.length; i++)
                    out.add(new Row(first + i, Integer.parseInt(blockOrds[i]), kinds[i], texts[i], tokens[i], wordIds[i]));
            }
        }
        return out;
    }

    private static String[] split(String list) {
        return list.split(SEP_STRING, -1);
    }
}
