package dev.yomu.store;

import dev.yomu.study.ExampleSentence;
import dev.yomu.text.WholeSentence;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sentence to show a word in. A whole sentence of the body comes first (see {@link WholeSentence}),
 * then a title that is a whole sentence, then a fragment of the body, then a title that is not a
 * sentence: so a word found only in the title (増加) still gets it, but nothing better is passed
 * over for it. Among sentences alike, the one with the fewest words the learner does not know yet
 * (i+1), then one of a comfortable length, then the shortest, then the earliest. "Not known yet"
 * leaves out words marked known and cards that have graduated to review.
 */
final class ExampleFinder {
    private static final int COMFORTABLE_MIN = 8, COMFORTABLE_MAX = 90;
    /** Sentences of one article weighed for one word; far more than a learner's text uses a word. */
    static final int MAX_CANDIDATES = 120;

    private final Tx c;
    /** A block of sentences: its article and the ord of its first sentence. */
    private record BlockKey(long articleId, int first) {}

    /** About 130,000 sentences: several long articles, yet a bounded share of memory. */
    private static final int MAX_BLOCKS = 2048;

    // Sentence blocks already read, least recently used first. An export asks for every word of an
    // article, and the words of a long article share their sentences: each block is read once
    // while its article is being worked on.
    private final Map<BlockKey, Block> blocks = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BlockKey, Block> eldest) {
            return size() > MAX_BLOCKS;
        }
    };

    /** A block's sentences, and their tiers once asked for: the words of an article share sentences. */
    private static final class Block {
        final List<SentenceBlocks.Row> rows;
        private final byte[] tiers; // tier + 1, or 0 while not yet worked out

        Block(List<SentenceBlocks.Row> rows) {
            this.rows = rows;
            this.tiers = new byte[rows.size()];
        }

        int tier(int i) {
            if (tiers[i] == 0) tiers[i] = (byte) (tierOf(rows.get(i)) + 1);
            return tiers[i] - 1;
        }
    }

    /** 0 a whole sentence of the body, 1 a title that is a whole sentence, 2 a fragment of the body, 3 a title. */
    private static int tierOf(SentenceBlocks.Row r) {
        boolean whole = WholeSentence.test(r.text(), TokenCodec.decode(r.tokens(), r.text()));
        return (whole ? 0 : 2) + (r.kind().equals("HEADING") ? 1 : 0);
    }
    private final Set<Long> checked = new HashSet<>(), unknown = new HashSet<>();

    /** A finder for one piece of work on one connection; it remembers the sentences it has read. */
    ExampleFinder(Tx c) {
        this.c = c;
    }

    /** A sentence holding the word, with what ranking it needs. */
    private record Candidate(long articleId, int ord, int tier, int length, long[] wordIds) {
        boolean comfortable() {
            return length >= COMFORTABLE_MIN && length <= COMFORTABLE_MAX;
        }
    }

    /** @param articleId the article to take the sentence from, or null for any */
    Optional<ExampleSentence> best(long wordId, Long articleId) throws SQLException {
        List<Candidate> candidates = candidates(wordId, articleId);
        if (candidates.isEmpty()) return Optional.empty();
        Set<Long> unknown = unknownAmong(candidates);
        Comparator<Candidate> order = Comparator.comparingInt(Candidate::tier)
                .thenComparingInt((Candidate k) -> unknownCount(k, unknown))
                .thenComparing(k -> !k.comfortable())
                .thenComparingInt(Candidate::length)
                .thenComparingLong(Candidate::articleId)
                .thenComparingInt(Candidate::ord);
        return Optional.of(load(candidates.stream().min(order).orElseThrow()));
    }

    private List<Candidate> candidates(long wordId, Long articleId) throws SQLException {
        String sql = "SELECT article_id, sentence_ords FROM article_word WHERE word_id = ?"
                + (articleId == null ? "" : " AND article_id = ?");
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement uses = c.prepareStatement(sql)) {
            uses.setLong(1, wordId);
            if (articleId != null) uses.setLong(2, articleId);
            try (ResultSet rs = uses.executeQuery()) {
                while (rs.next()) out.addAll(studyText(rs.getLong(1), NumberList.decode(rs.getString(2))));
            }
        }
        return out;
    }

    /**
     * The sentences of the study text (headings and paragraphs) among {@code ords} of one article, at
     * most {@link #MAX_CANDIDATES} of them spread evenly over the article: a word on every line of a
     * long text must not make every card wait for all its sentences to be read and ranked.
     */
    private List<Candidate> studyText(long article, long[] allOrds) throws SQLException {
        long[] ords = spread(allOrds, MAX_CANDIDATES);
        readBlocks(article, ords);
        List<Candidate> out = new ArrayList<>();
        for (long ord : ords) {
            Block block = block(article, (int) ord);
            int i = (int) ord - SentenceBlocks.blockOf((int) ord);
            SentenceBlocks.Row r = block.rows.get(i);
            if (!r.kind().equals("COMMENT"))
                out.add(new Candidate(article, r.ord(), block.tier(i), r.text().length(), NumberList.decode(r.wordIds())));
        }
        return out;
    }

    /** {@code max} of {@code ords} at even steps, first and last included; all of them when there are few. */
    static long[] spread(long[] ords, int max) {
        if (ords.length <= max) return ords;
        long[] out = new long[max];
        for (int i = 0; i < max; i++) out[i] = ords[(int) ((long) i * (ords.length - 1) / (max - 1))];
        return out;
    }

    /** Reads, in one query, the blocks holding {@code ords} that are not in memory yet. */
    private void readBlocks(long article, long[] ords) throws SQLException {
        Set<Long> missing = new LinkedHashSet<>();
        for (long ord : ords) {
            int first = SentenceBlocks.blockOf((int) ord);
            if (!blocks.containsKey(new BlockKey(article, first))) missing.add((long) first);
        }
        if (missing.isEmpty()) return;
        Map<Integer, List<SentenceBlocks.Row>> read = new HashMap<>();
        for (SentenceBlocks.Row r : SentenceBlocks.blocks(c, article, missing.toArray(new Long[0])))
            read.computeIfAbsent(SentenceBlocks.blockOf(r.ord()), f -> new ArrayList<>()).add(r);
        read.forEach((first, rows) -> blocks.put(new BlockKey(article, first), new Block(rows)));
    }

    private Block block(long article, int ord) throws SQLException {
        int first = SentenceBlocks.blockOf(ord);
        Block block = blocks.get(new BlockKey(article, first));
        if (block == null) {
            readBlocks(article, new long[] {ord});
            block = blocks.get(new BlockKey(article, first));
            if (block == null) throw new SQLException("Sentence " + ord + " of article " + article + " is missing");
        }
        return block;
    }

    /**
     * The words among the candidates' that the learner does not know yet. What it has looked up it
     * remembers: statuses do not change during one piece of work such as an export.
     */
    private Set<Long> unknownAmong(List<Candidate> candidates) throws SQLException {
        Set<Long> fresh = new HashSet<>();
        for (Candidate k : candidates) for (long id : k.wordIds()) if (!checked.contains(id)) fresh.add(id);
        if (!fresh.isEmpty()) {
            // "= ANY(?)" looks the ids up in the primary key; "IN (SELECT X FROM UNNEST(?))" took 150-280 ms
            // for the ~200 words of a first card's sentences even when run a second time (1-10 ms now).
            String sql = "SELECT w.id FROM word w LEFT JOIN card cd ON cd.word_id = w.id "
                    + "WHERE w.id = ANY(?) AND w.kind = 'STUDY' "
                    + "AND w.status = 'UNKNOWN' AND (cd.phase IS NULL OR cd.phase <> 'REVIEW')";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, fresh.toArray(new Long[0]));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) unknown.add(rs.getLong(1));
                }
            }
            checked.addAll(fresh);
        }
        return unknown;
    }

    private static int unknownCount(Candidate k, Set<Long> unknown) {
        int n = 0;
        for (long id : k.wordIds()) if (unknown.contains(id)) n++;
        return n;
    }

    private ExampleSentence load(Candidate k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT title FROM article WHERE id = ?")) {
            ps.setLong(1, k.articleId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                SentenceBlocks.Row r = block(k.articleId(), k.ord()).rows.get(k.ord() - SentenceBlocks.blockOf(k.ord()));
                return new ExampleSentence(r.text(), TokenCodec.decode(r.tokens(), r.text()), rs.getString(1));
            }
        }
    }
}
