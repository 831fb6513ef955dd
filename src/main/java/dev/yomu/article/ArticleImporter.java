package dev.yomu.article;

import dev.yomu.article.ImportResult.Outcome;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.ArticleStore.ArticleRef;
import dev.yomu.store.ArticleStore.NewSentence;
import dev.yomu.store.ArticleStore.PackedTokens;
import dev.yomu.store.Database;
import dev.yomu.store.WordStore;
import dev.yomu.store.WordStore.NewWord;
import dev.yomu.store.WordStore.Usage;
import dev.yomu.store.WordStore.WordKey;
import dev.yomu.support.YomuException;
import dev.yomu.text.ArticleParser;
import dev.yomu.text.Block;
import dev.yomu.text.BlockKind;
import dev.yomu.text.DecodedText;
import dev.yomu.text.ParsedArticle;
import dev.yomu.text.TextCleaner;
import dev.yomu.text.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports one text: decode, clean, find its structure, analyse every sentence, then write the
 * article, its sentences, new words, where it uses them and cards in one transaction. The slow part
 * (analysis) runs before the transaction opens, so a failure there writes nothing at all.
 */
public final class ArticleImporter {
    private final Database db;
    private final Analyzer analyzer;
    private final Clock clock;
    private final ArticleStore articles;
    private final WordStore words = new WordStore();
    private final TextDecoder decoder = new TextDecoder();
    private final TextCleaner cleaner = new TextCleaner();
    private final ArticleParser parser = new ArticleParser();

    public ArticleImporter(Database db, Analyzer analyzer, Clock clock) {
        this.db = db;
        this.analyzer = analyzer;
        this.clock = clock;
        this.articles = new ArticleStore(db);
    }

    /**
     * @param source        where the text came from (an absolute path); a changed text from the same
     *                      source updates that article instead of adding another
     * @param titleOverride the title to use instead of the text's first line, or null
     */
    public ImportResult importBytes(byte[] bytes, String displayName, String source, String titleOverride,
                                    Progress progress) {
        progress.stage("decode, clean, structure");
        DecodedText decoded = decoder.decode(bytes, displayName);
        String cleaned = cleaner.clean(decoded.text());
        ParsedArticle parsed = parser.parse(cleaned, titleOverride == null ? null : cleaner.clean(titleOverride));
        if (!parsed.hasStudyText())
            throw YomuException.invalidInput(displayName + ": no Japanese article text found (only page noise); nothing imported.");
        String hash = sha256(parsed.title() + "\n" + cleaned);
        ArticleRef same = db.read(c -> articles.findByHash(c, hash).orElse(null));
        if (same != null)
            return new ImportResult(source, same.id(), same.title(), Outcome.UNCHANGED, 0, 0, 0, 0, 0, 0);
        progress.stage("analyse sentences");
        List<Analysed> analyzed = analyze(parsed, displayName, progress);
        ImportResult result = db.bulkTransaction(c -> write(c, parsed, analyzed, decoded.charset(), hash, source, progress));
        progress.stage("done");
        return result;
    }

    /** One sentence waiting for analysis, with where it sits in the article. */
    private record Pending(int blockOrd, BlockKind kind, String text) {}

    /** An analysed sentence as it will be written: its tokens already packed, its words still to be given ids. */
    private record Analysed(int blockOrd, BlockKind kind, String text, PackedTokens tokens, List<AnalyzedWord> words) {}

    private List<Analysed> analyze(ParsedArticle parsed, String displayName, Progress progress) {
        List<Pending> pending = new ArrayList<>();
        int blockOrd = 0;
        for (Block b : parsed.blocks()) {
            if (b.kind() == BlockKind.BOILERPLATE) continue;
            for (String sentence : b.sentences()) pending.add(new Pending(blockOrd, b.kind(), sentence));
            blockOrd++;
        }
        long total = pending.stream().mapToLong(p -> p.text().length()).sum();
        progress.start("Reading " + displayName, total);
        // Sentences are independent, so a long text is analysed on every core; the order is kept.
        List<Analysed> out = pending.parallelStream().map(p -> {
            AnalyzedSentence a = analyzer.analyze(p.blockOrd(), p.kind(), p.text());
            synchronized (progress) {
                progress.advance(p.text().length());
            }
            return new Analysed(a.blockOrd(), a.kind(), a.text(), PackedTokens.of(a.tokens(), a.text()), a.words());
        }).toList();
        progress.end();
        boolean hasStudyText = out.stream().anyMatch(s -> s.kind() != BlockKind.COMMENT && !s.words().isEmpty());
        if (!hasStudyText)
            throw YomuException.invalidInput(displayName + ": no Japanese words to study were found; nothing imported.");
        return out;
    }

    private ImportResult write(Connection c, ParsedArticle parsed, List<Analysed> analyzed, String charset,
                               String hash, String source, Progress progress) throws SQLException {
        progress.stage("write words");
        Instant now = clock.instant();
        int chars = 0;
        for (Analysed s : analyzed) if (s.kind() != BlockKind.COMMENT) chars += s.text().length();
        ArticleRef previous = source == null ? null : articles.findBySource(c, source).orElse(null);
        long id;
        List<Long> previousWords = List.of();
        if (previous != null) {
            id = previous.id();
            previousWords = words.wordIdsOf(c, id);
            articles.replace(c, id, parsed.title(), hash, charset, chars, now);
        } else {
            id = articles.insert(c, parsed.title(), source, hash, charset, chars, now);
        }
        WordTally tally = recordWords(c, analyzed, now);
        progress.stage("write sentences");
        List<NewSentence> rows = new ArrayList<>(analyzed.size());
        for (int i = 0; i < analyzed.size(); i++) {
            Analysed s = analyzed.get(i);
            rows.add(new NewSentence(s.blockOrd(), s.kind().name(), s.text(), s.tokens(), tally.sentenceWords()[i]));
        }
        articles.insertSentences(c, id, rows);
        progress.stage("write article words and frequencies");
        words.insertUsages(c, id, tally.usages());
        if (previous == null) {
            words.addFrequencies(c, tally.counts()); // a new article only adds: no need to recount
        } else {
            Set<Long> touched = new HashSet<>(previousWords);
            touched.addAll(tally.counts().keySet());
            words.refreshFrequencies(c, touched);
        }
        int dropped = (int) parsed.blocks().stream().filter(b -> b.kind() == BlockKind.BOILERPLATE).count();
        int comments = (int) analyzed.stream().filter(s -> s.kind() == BlockKind.COMMENT).count();
        progress.stage("commit");
        return new ImportResult(source, id, parsed.title(), previous == null ? Outcome.NEW : Outcome.UPDATED,
                analyzed.size() - comments, tally.distinctStudy(), tally.newStudy(), chars, dropped, comments);
    }

    /**
     * What recordWords found: distinct and new study words, every word's use in this article, and
     * the word ids of each sentence (by sentence index).
     */
    private record WordTally(int distinctStudy, int newStudy, List<Usage> usages, long[][] sentenceWords) {
        Map<Long, Integer> counts() {
            Map<Long, Integer> out = new HashMap<>();
            for (Usage u : usages) out.put(u.wordId(), u.count());
            return out;
        }
    }

    /** A word's use in the article being written, gathered sentence by sentence. */
    private static final class Gathered {
        final long wordId;
        int count;
        long[] ords = new long[4];
        int ordCount;

        Gathered(long wordId) {
            this.wordId = wordId;
        }

        /** @return whether this is the word's first occurrence in sentence {@code ord} */
        boolean add(int ord) {
            count++;
            if (ordCount > 0 && ords[ordCount - 1] == ord) return false;
            if (ordCount == ords.length) ords = Arrays.copyOf(ords, ordCount * 2);
            ords[ordCount++] = ord;
            return true;
        }

        Usage usage() {
            return new Usage(wordId, count, Arrays.copyOf(ords, ordCount));
        }
    }

    /** Finds or creates every word of the study text and gives each study word a card. */
    private WordTally recordWords(Connection c, List<Analysed> analyzed, Instant now) throws SQLException {
        Map<WordKey, Long> ids = words.ids(c);
        Map<Long, Gathered> gathered = new LinkedHashMap<>();
        long[][] sentenceWords = new long[analyzed.size()][];
        List<Long> study = new ArrayList<>();
        Set<Long> seenStudy = new HashSet<>();
        int newStudy = 0;
        for (int i = 0; i < analyzed.size(); i++) {
            Analysed s = analyzed.get(i);
            long[] inSentence = new long[s.kind() == BlockKind.COMMENT ? 0 : s.words().size()];
            int n = 0;
            for (AnalyzedWord w : inSentence.length == 0 ? List.<AnalyzedWord>of() : s.words()) {
                WordKey key = new WordKey(w.lemma(), w.reading());
                Long wordId = ids.get(key);
                boolean created = wordId == null;
                if (created) {
                    wordId = words.insert(c, new NewWord(w.lemma(), w.reading(), w.pos(), w.kind(), w.glosses(),
                            w.dictPos(), w.common()));
                    ids.put(key, wordId);
                }
                if (gathered.computeIfAbsent(wordId, Gathered::new).add(i)) inSentence[n++] = wordId;
                if (w.isStudy() && seenStudy.add(wordId)) {
                    if (created) newStudy++;
                    if (!w.glosses().isEmpty()) study.add(wordId);
                }
            }
            sentenceWords[i] = Arrays.copyOf(inSentence, n);
        }
        words.ensureCards(c, study, now);
        List<Usage> usages = new ArrayList<>(gathered.size());
        for (Gathered g : gathered.values()) usages.add(g.usage());
        return new WordTally(seenStudy.size(), newStudy, usages, sentenceWords);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
