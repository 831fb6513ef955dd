package dev.yomu.article;

import dev.yomu.store.ArticleStore;
import dev.yomu.store.ArticleStore.PackedTokens;
import dev.yomu.support.Progress;
import dev.yomu.text.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Analyses an article's sentences on every core, a batch at a time, while the importer writes the
 * batches already done. Writing a long article used to start only when the last sentence had been
 * analysed, and then the cores sat idle while H2 wrote; now the writing overlaps the analysis.
 * Batches come back in article order, whatever order they finish in.
 */
final class SentenceAnalysis implements AutoCloseable {
    /** One sentence waiting for analysis, with where it sits in the article. */
    record Pending(int blockOrd, BlockKind kind, String text) {}

    /** An analysed sentence as it will be written: its tokens packed, its words still to be given ids. */
    record Analysed(int blockOrd, BlockKind kind, String text, PackedTokens tokens, List<AnalyzedWord> words) {}

    /** Sentences per batch: a stored row's worth, so each batch is written as soon as it is ready. */
    static final int BATCH = ArticleStore.SENTENCES_PER_ROW;

    private final ExecutorService pool;
    private final List<Future<List<Analysed>>> batches = new ArrayList<>();
    /** Set when the import gives up: workers stop before their next sentence. */
    private volatile boolean stopped;

    SentenceAnalysis(Analyzer analyzer, List<Pending> pending, Progress progress) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), (pending.size() + BATCH - 1) / BATCH));
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "yomu-analysis");
            t.setDaemon(true); // a failed import must not keep the program alive
            return t;
        });
        for (int from = 0; from < pending.size(); from += BATCH) {
            List<Pending> part = pending.subList(from, Math.min(pending.size(), from + BATCH));
            batches.add(pool.submit(() -> analyse(analyzer, part, progress)));
        }
    }

    private List<Analysed> analyse(Analyzer analyzer, List<Pending> part, Progress progress) {
        List<Analysed> out = new ArrayList<>(part.size());
        for (Pending p : part) {
            if (stopped) throw new CancellationException("import stopped");
            AnalyzedSentence a = analyzer.analyze(p.blockOrd(), p.kind(), p.text());
            out.add(new Analysed(a.blockOrd(), a.kind(), a.text(), PackedTokens.of(a.tokens(), a.text()), a.words()));
            synchronized (progress) {
                progress.advance(p.text().length());
            }
        }
        return out;
    }

    int batchCount() {
        return batches.size();
    }

    /** Batch {@code i}, waiting for it if it is not done yet; an error in its analysis is thrown here. */
    List<Analysed> batch(int i) {
        try {
            return batches.get(i).get();
        } catch (InterruptedException e) {
            // The interrupt is not set again: H2 reads its file through a FileChannel, which an
            // interrupted thread closes for good, and the rollback that follows needs the file.
            throw new CancellationException("import interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stops the analysis and waits for the workers to finish the sentence each is on. They are
     * not interrupted: they share H2's connection, and an interrupted thread reading H2's file
     * closes its FileChannel for the rest of the process.
     */
    @Override
    public void close() {
        stopped = true;
        for (Future<List<Analysed>> f : batches) f.cancel(false);
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            // leave them: they are daemon threads and stop at their next sentence
        }
    }
}
