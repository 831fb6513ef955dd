package dev.yomu.bench;

import com.atilika.kuromoji.ipadic.Token;
import com.atilika.kuromoji.ipadic.Tokenizer;
import dev.yomu.article.Analyzer;
import dev.yomu.article.ArticleImporter;
import dev.yomu.article.ImportResult;
import dev.yomu.article.Progress;
import dev.yomu.dict.BundledDictionary;
import dev.yomu.dict.EdictParser;
import dev.yomu.store.Database;
import dev.yomu.store.DictionaryStore;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Import throughput against raw Kuromoji on the same text in the same run, so the ratio holds on
 * a slow or busy machine. Both sides are warmed up first; each is then timed over the whole text.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {}

    public static void run(Path home, int chars, PrintWriter out) throws Exception {
        String text = BenchText.build(chars);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.printf("text: %,d characters, %,d bytes (seed paragraphs, numbered copies)%n", text.length(), bytes.length);
        try (Database db = Database.open(home)) {
            DictionaryStore dict = new DictionaryStore(db);
            long t0 = System.nanoTime();
            try (InputStream in = BundledDictionary.open(); EdictParser p = new EdictParser(in)) {
                db.transaction(c -> dict.replaceAll(c, p.entries().iterator(), Progress.NONE));
            }
            out.printf("dictionary load (once per database): %.1f s%n", seconds(t0));

            Tokenizer raw = new Tokenizer();
            ArticleImporter importer = new ArticleImporter(db, new Analyzer(dict), Clock.systemUTC());
            String warm = BenchText.build(100_000);
            rawKuromoji(raw, warm);
            importer.importBytes(warm.getBytes(StandardCharsets.UTF_8), "warm-up.txt", "bench:warm", null, Progress.NONE);

            long r0 = System.nanoTime();
            long tokens = rawKuromoji(raw, text);
            double rawSeconds = seconds(r0);
            StageTimes stages = new StageTimes();
            long i0 = System.nanoTime();
            ImportResult result = importer.importBytes(bytes, "bench.txt", "bench:big", null, stages);
            double importSeconds = seconds(i0);

            double rawRate = text.length() / rawSeconds;
            double importRate = text.length() / importSeconds;
            out.printf("raw Kuromoji:  %6.2f s  %,10.0f chars/s  (%,d tokens)%n", rawSeconds, rawRate, tokens);
            out.printf("yomu import:   %6.2f s  %,10.0f chars/s  (%,d sentences, %,d study words)%n", importSeconds,
                    importRate, result.sentences(), result.studyWords());
            out.printf("  where the import's time went: %s%n", stages.summary());
            out.printf("import / raw Kuromoji: %.0f%% (goal: 60%% or more)%n", 100 * importRate / rawRate);
        }
    }

    /** Tokenizes line by line, as the raw library would be used, touching each token's surface. */
    private static long rawKuromoji(Tokenizer tokenizer, String text) {
        long n = 0;
        for (String line : text.split("\n")) {
            if (line.isEmpty()) continue;
            for (Token t : tokenizer.tokenize(line)) n += t.getSurface().isEmpty() ? 0 : 1;
        }
        return n;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
