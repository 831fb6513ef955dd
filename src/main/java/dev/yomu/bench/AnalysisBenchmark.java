package dev.yomu.bench;

import com.atilika.kuromoji.ipadic.Tokenizer;
import dev.yomu.article.Analyzer;
import dev.yomu.deck.WordOccurrence;
import dev.yomu.deck.DictionaryForms;
import dev.yomu.deck.WordSelector;
import dev.yomu.dict.BundledDictionary;
import dev.yomu.dict.CompoundFinder;
import dev.yomu.dict.Gloss;
import dev.yomu.dict.MemoryLexicon;
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
        MemoryLexicon lexicon = BundledDictionary.loadLexicon();
        Tokenizer raw = new Tokenizer();
        JapaneseTokenizer tokenizer = new JapaneseTokenizer();
        ReadingResolver readings = new ReadingResolver(lexicon);
        CompoundFinder compounds = new CompoundFinder(lexicon);
        WordSelector selector = new WordSelector(lexicon);
        DictionaryForms forms = new DictionaryForms(lexicon);
        double[] ms = new double[6];
        for (int round = 0; round < 4; round++) { // the last round counts; the others warm up
            long t0 = System.nanoTime();
            long rawTokens = 0;
            for (String l : lines) rawTokens += raw.tokenize(l).size();
            long t1 = System.nanoTime();
            List<List<Token>> tokens = new ArrayList<>();
            for (String l : lines) tokens.add(tokenizer.tokenize(l));
            long t2 = System.nanoTime();
            List<List<Token>> resolved = new ArrayList<>();
            for (List<Token> t : tokens) resolved.add(readings.resolve(t));
            long tr = System.nanoTime();
            List<List<Token>> merged = new ArrayList<>();
            for (List<Token> t : resolved) merged.add(compounds.merge(t));
            long t3 = System.nanoTime();
            List<WordOccurrence> words = new ArrayList<>();
            for (List<Token> t : merged) words.addAll(selector.select(forms.apply(t)));
            long t4 = System.nanoTime();
            for (WordOccurrence w : words) Gloss.best(lexicon, w.lemma(), w.reading());
            long t5 = System.nanoTime();
            ms = new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - tr) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6,
                    (tr - t2) / 1e6};
            if (round == 3) out.printf("%,d lines, %,d raw tokens%n", lines.size(), rawTokens);
        }
        double ours = ms[1] + ms[2] + ms[3] + ms[4] + ms[5];
        // The importer's own path (Analyzer, with its gloss cache), one thread and then every core.
        Analyzer analyzer = new Analyzer(tokenizer, lexicon);
        double[] whole = new double[4];
        for (int round = 0; round < 3; round++) {
            long p0 = System.nanoTime();
            for (String l : lines) analyzer.analyze(0, BlockKind.PARAGRAPH, l);
            long p1 = System.nanoTime();
            lines.parallelStream().forEach(raw::tokenize);
            long p2 = System.nanoTime();
            lines.parallelStream().forEach(l -> analyzer.analyze(0, BlockKind.PARAGRAPH, l));
            long p3 = System.nanoTime();
            whole = new double[] {(p1 - p0) / 1e6, (p2 - p1) / 1e6, (p3 - p2) / 1e6};
        }
        out.printf("raw Kuromoji %.0f ms | yomu: tokenizer adapter %.0f, readings %.0f, compounds %.0f, word selection %.0f, "
                + "glosses %.0f = %.0f ms%n", ms[0], ms[1], ms[5], ms[2], ms[3], ms[4], ours);
        out.printf("analysis alone (no database, one thread) / raw Kuromoji: %.0f%%%n", 100 * ms[0] / ours);
        out.printf("the importer's Analyzer: one thread %.0f ms (%.0f%% of raw) | on every core: raw Kuromoji %.0f ms, "
                + "Analyzer %.0f ms (%.0f%%)%n", whole[0], 100 * ms[0] / whole[0], whole[1], whole[2], 100 * whole[1] / whole[2]);
    }
}
