package dev.yomu.article;

import dev.yomu.article.ImportResult.Outcome;
import dev.yomu.article.SentenceAnalysis.Analysed;
import dev.yomu.article.SentenceAnalysis.Pending;
import dev.yomu.deck.WordKind;
import dev.yomu.store.ArticleStore.NewSentence;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.Database;
import dev.yomu.store.Tx;
import dev.yomu.store.WordStore.NewWord;
import dev.yomu.store.WordStore.StoredWord;
import dev.yomu.store.WordStore.Usage;
import dev.yomu.store.WordStore.WordKey;
import dev.yomu.store.WordStore;
import dev.yomu.study.ArticleRef;
import dev.yomu.support.Progress;
import dev.yomu.support.TestPause;
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
 * Imports one text: decode, clean, find its structure, analyse every sentence, and write the
 * article, its sentences, new words, where it uses them and cards, all in one transaction. The
 * sentences are written batch by batch while later ones are still being analysed (see
 * {@link SentenceAnalysis}); an error anywhere, the analysis included, rolls everything back.
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
        if (isAnkiExport(cleaned))
            throw YomuException.invalidInput(displayName + ": an Anki export (it starts with Anki's #separator or #html"
                    + " header), not an article; nothing imported. Import the text you read instead.");
        ParsedArticle parsed = parser.parse(cleaned, titleOverride == null ? null : cleaner.clean(titleOverride));
        if (!parsed.hasStudyText())
            throw YomuException.invalidInput(displayName + ": no Japanese article text found (only page noise); nothing imported.");
        progress.stage("analyse and write sentences");
        List<Pending> pending = pending(parsed);
        // The workers start before the unchanged-text check: hashing the text and asking the
        // database take the main thread a while in which the other cores would sit idle. A text
        // already imported is rare, and closing the analysis stops its workers within a sentence.
        try (SentenceAnalysis analysis = new SentenceAnalysis(analyzer, pending, progress)) {
            String hash = sha256(parsed.title() + "\n" + cleaned);
            ArticleRef same = db.read(c -> articles.findByHash(c, hash).orElse(null));
            if (same != null)
                return new ImportResult(source, same.id(), same.title(), Outcome.UNCHANGED, 0, 0, 0, 0, 0, 0);
            ImportResult result = analyseAndWrite(parsed, pending, analysis, decoded.charset(), hash, source,
                    displayName, progress);
            progress.stage("done");
            return result;
        }
    }

    private ImportResult analyseAndWrite(ParsedArticle parsed, List<Pending> pending, SentenceAnalysis analysis,
                                         String charset, String hash, String source, String displayName,
                                         Progress progress) {
        long total = pending.stream().mapToLong(p -> p.text().length()).sum();
        // The workers are already reporting, under this lock (SentenceAnalysis): taking it makes
        // the started bar visible to them. What they reported before it started, end() fills in.
        synchronized (progress) {
            progress.start("Reading " + displayName, total);
        }
        // One transaction: an error anywhere, in the analysis too, leaves nothing written.
        try {
            return db.transaction(c -> write(c, parsed, pending, analysis, charset, hash, source, displayName,
                    progress));
        } finally {
            progress.end();
        }
    }

    private static List<Pending> pending(ParsedArticle parsed) {
        List<Pending> pending = new ArrayList<>();
        int blockOrd = 0;
        for (Block b : parsed.blocks()) {
            if (b.kind() == BlockKind.BOILERPLATE) continue;
            for (String sentence : b.sentences()) pending.add(new Pending(blockOrd, b.kind(), sentence));
            blockOrd++;
        }
        return pending;
    }

    private ImportResult write(Tx c, ParsedArticle parsed, List<Pending> pending, SentenceAnalysis analysis,
                               String charset, String hash, String source, String displayName, Progress progress) {
        Instant now = clock.instant();
        int chars = 0, comments = 0;
        for (Pending p : pending) {
            if (p.kind() != BlockKind.COMMENT) chars += p.text().length();
            else comments++;
        }
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
        WordTally tally = new WordTally(words.storedWords(c));
        int ord = 0, carded = 0;
        for (int b = 0; b < analysis.batchCount(); b++) {
            List<Analysed> batch = analysis.batch(b);
            List<NewSentence> rows = new ArrayList<>(batch.size());
            for (Analysed s : batch)
                rows.add(new NewSentence(s.blockOrd(), s.kind(), s.text(), s.tokens(), tally.record(c, ord++, s)));
            articles.insertSentences(c, id, b * SentenceAnalysis.BATCH, rows);
            // Cards batch by batch, while the workers still analyse: after the last batch only
            // what needs the whole article (its usages and frequencies) is left on one core.
            words.ensureCards(c, tally.study.subList(carded, tally.study.size()), now);
            carded = tally.study.size();
        }
        if (!tally.hasStudyText)
            throw YomuException.invalidInput(displayName + ": no Japanese words to study were found; nothing imported.");
        progress.stage("write article words and frequencies");
        List<Usage> usages = tally.usages();
        words.insertUsages(c, id, usages);
        if (previous == null) {
            words.addFrequencies(c, counts(usages)); // a new article only adds: no need to recount
        } else {
            Set<Long> touched = new HashSet<>(previousWords);
            for (Usage u : usages) touched.add(u.wordId());
            words.refreshFrequencies(c, touched);
            // words the new text dropped would otherwise stay as new cards of no article
            words.deleteUnused(c, previousWords);
        }
        int dropped = (int) parsed.blocks().stream().filter(b -> b.kind() == BlockKind.BOILERPLATE).count();
        progress.stage("commit");
        TestPause.at("import-before-commit"); // tests only: all is written, the transaction commits on return
        return new ImportResult(source, id, parsed.title(), previous == null ? Outcome.NEW : Outcome.UPDATED,
                pending.size() - comments, tally.seenStudy.size(), tally.newStudy, chars, dropped, comments);
    }

    private static Map<Long, Integer> counts(List<Usage> usages) {
        Map<Long, Integer> out = new HashMap<>();
        for (Usage u : usages) out.put(u.wordId(), u.count());
        return out;
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

    /**
     * The article's words as its sentences are written: finds or creates each word, and gathers
     * its uses, the study words that get cards, and the distinct and new study words.
     */
    private final class WordTally {
        private final Map<WordKey, StoredWord> known;
        private final Map<Long, Gathered> gathered = new LinkedHashMap<>();
        private final List<Long> study = new ArrayList<>();
        private final Set<Long> seenStudy = new HashSet<>();
        private int newStudy;
        private boolean hasStudyText;

        WordTally(Map<WordKey, StoredWord> known) {
            this.known = known;
        }

        /** @return the ids of the words in sentence {@code ord}, each once (none for a comment) */
        long[] record(Tx c, int ord, Analysed s) {
            if (s.kind() == BlockKind.COMMENT) return new long[0];
            if (!s.words().isEmpty()) hasStudyText = true;
            long[] inSentence = new long[s.words().size()];
            int n = 0;
            for (AnalyzedWord w : s.words()) {
                WordKey key = new WordKey(w.lemma(), w.reading());
                StoredWord stored = known.get(key);
                boolean created = stored == null;
                if (created) {
                    stored = new StoredWord(words.insert(c, new NewWord(w.lemma(), w.reading(), w.pos(), w.kind(),
                            w.glosses(), w.dictPos(), w.common())), w.kind());
                    known.put(key, stored);
                }
                long wordId = stored.id();
                if (gathered.computeIfAbsent(wordId, Gathered::new).add(ord)) inSentence[n++] = wordId;
                // Kuromoji can call the same word a name in one sentence and not in another; the
                // kind it was stored with decides, so a name never gets a card.
                if (stored.kind() == WordKind.STUDY && seenStudy.add(wordId)) {
                    if (created) newStudy++;
                    if (!w.glosses().isEmpty()) study.add(wordId);
                }
            }
            return Arrays.copyOf(inSentence, n);
        }

        List<Usage> usages() {
            List<Usage> out = new ArrayList<>(gathered.size());
            for (Gathered g : gathered.values()) out.add(g.usage());
            return out;
        }
    }

    /**
     * Anki's text exports, Yomu's own decks among them, are full of Japanese and would import as one
     * long article of notes; they start with Anki's header lines.
     */
    private static boolean isAnkiExport(String text) {
        String start = text.stripLeading();
        return start.startsWith("#separator:") || start.startsWith("#html:");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
