package dev.yomu.bench;

import com.atilika.kuromoji.ipadic.Tokenizer;
import dev.yomu.article.Analyzer;
import dev.yomu.article.select.DictionaryForms;
import dev.yomu.article.select.WordOccurrence;
import dev.yomu.article.select.WordSelector;
import dev.yomu.dict.BundledDictionary;
import dev.yomu.dict.CompiledDictionary;
import dev.yomu.dict.CompoundFinder;
import dev.yomu.dict.Gloss;
import dev.yomu.dict.ReadingResolver;
import dev.yomu.text.BlockKind;
import dev.yomu.text.JapaneseTokenizer;
import dev.yomu.text.Token;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis stages alone, without the database, one thread, against raw Kuromoji on the same
 * lines: shows how much of the import's cost is the language work and how much is storage.
 */
public final class AnalysisBenchmark {
    private AnalysisBenchmark() {}

    public static void run(int chars, PrintWriter out) {
        List<String> lines = new ArrayList<>();
        for (String l : BenchText.build(chars).split("\n")) if (!l.isBlank()) lines.add(l);
        CompiledDictionary lexicon = BundledDictionary.compiled();
        Tokenizer raw = new Tokenizer();
        JapaneseTokenizer tokenizer = new JapaneseTokenizer();
        ReadingResolver readings = new ReadingResolver(lexicon);
        CompoundFinder compounds = new CompoundFinder(lexicon);
        WordSelector selector = new WordSelector(lexicon);
        DictionaryForms forms = new DictionaryForms(lexicon);
        double[] ms = new double[6], cpu = new double[6];
        for (int round = 0; round < 4; round++) { // the last round counts; the others warm up
            long[] t = new long[7], c = new long[7];
            t[0] = System.nanoTime(); c[0] = CpuTime.thread();
            long rawTokens = 0;
            for (String l : lines) rawTokens += raw.tokenize(l).size();
            t[1] = System.nanoTime(); c[1] = CpuTime.thread();
            List<List<Token>> tokens = new ArrayList<>();
            for (String l : lines) tokens.add(tokenizer.tokenize(l));
            t[2] = System.nanoTime(); c[2] = CpuTime.thread();
            List<List<Token>> resolved = new ArrayList<>();
            for (List<Token> ts : tokens) resolved.add(readings.resolve(ts));
            t[3] = System.nanoTime(); c[3] = CpuTime.thread();
            List<List<Token>> merged = new ArrayList<>();
            for (List<Token> ts : resolved) merged.add(compounds.merge(ts));
            t[4] = System.nanoTime(); c[4] = CpuTime.thread();
            List<WordOccurrence> words = new ArrayList<>();
            for (List<Token> ts : merged) words.addAll(selector.select(forms.apply(ts)));
            t[5] = System.nanoTime(); c[5] = CpuTime.thread();
            for (WordOccurrence w : words) Gloss.best(lexicon, w.lemma(), w.reading());
            t[6] = System.nanoTime(); c[6] = CpuTime.thread();
            // stages in print order: raw, adapter, compounds, selection, glosses, readings
            int[][] spans = {{0, 1}, {1, 2}, {3, 4}, {4, 5}, {5, 6}, {2, 3}};
            for (int i = 0; i < 6; i++) {
                ms[i] = (t[spans[i][1]] - t[spans[i][0]]) / 1e6;
                cpu[i] = (c[spans[i][1]] - c[spans[i][0]]) / 1e6;
            }
            if (round == 3) out.printf("%,d lines, %,d raw tokens%n", lines.size(), rawTokens);
        }
        double ours = ms[1] + ms[2] + ms[3] + ms[4] + ms[5];
        double oursCpu = cpu[1] + cpu[2] + cpu[3] + cpu[4] + cpu[5];
        // The importer's own path (Analyzer, with its gloss cache), one thread and then every core.
        Analyzer analyzer = new Analyzer(tokenizer, lexicon);
        double[] whole = new double[4], wholeCpu = new double[4];
        for (int round = 0; round < 3; round++) {
            long p0 = System.nanoTime(), c0 = CpuTime.process();
            for (String l : lines) analyzer.analyze(0, BlockKind.PARAGRAPH, l);
            long p1 = System.nanoTime(), c1 = CpuTime.process();
            lines.parallelStream().forEach(raw::tokenize);
            long p2 = System.nanoTime(), c2 = CpuTime.process();
            lines.parallelStream().forEach(l -> analyzer.analyze(0, BlockKind.PARAGRAPH, l));
            long p3 = System.nanoTime(), c3 = CpuTime.process();
            whole = new double[] {(p1 - p0) / 1e6, (p2 - p1) / 1e6, (p3 - p2) / 1e6};
            wholeCpu = new double[] {(c1 - c0) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6};
        }
        out.printf("raw Kuromoji %.0f ms | yomu: tokenizer adapter %.0f, readings %.0f, compounds %.0f, word selection %.0f, "
                + "glosses %.0f = %.0f ms%n", ms[0], ms[1], ms[5], ms[2], ms[3], ms[4], ours);
        out.printf("analysis alone (no database, one thread) / raw Kuromoji: %.0f%%%n", 100 * ms[0] / ours);
        out.printf("the same in CPU time of the thread: raw Kuromoji %.0f ms | yomu: tokenizer adapter %.0f, readings %.0f, "
                + "compounds %.0f, word selection %.0f, glosses %.0f = %.0f ms | yomu / raw Kuromoji per CPU-second: %.0f%%%n",
                cpu[0], cpu[1], cpu[5], cpu[2], cpu[3], cpu[4], oursCpu, 100 * cpu[0] / oursCpu);
        out.printf("the importer's Analyzer: one thread %.0f ms (%.0f%% of raw) | on every core: raw Kuromoji %.0f ms, "
                + "Analyzer %.0f ms (%.0f%%)%n", whole[0], 100 * ms[0] / whole[0], whole[1], whole[2], 100 * whole[1] / whole[2]);
        out.printf("  in process CPU time: Analyzer one thread %.0f ms | every core: raw Kuromoji %.0f ms, Analyzer %.0f ms (%.0f%%)%n",
                wholeCpu[0], wholeCpu[1], wholeCpu[2], 100 * wholeCpu[1] / wholeCpu[2]);
    }
}
