package dev.yomu.bench;

import dev.yomu.deck.KnownWordsReader;
import dev.yomu.store.BenchData;
import dev.yomu.store.Database;
import dev.yomu.store.ExportStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code known import} of a long list into a large collection: half the lines name a word the learner
 * has, half do not. The baseline in the same run is reading the list alone.
 */
public final class KnownImportBenchmark {
    private static final Instant NOW = Instant.parse("2026-03-01T01:00:00Z");

    private KnownImportBenchmark() {}

    public static void run(Path home, int cards, int lines, PrintWriter out) throws Exception {
        BenchData.generate(Database.open(home), cards, 0, NOW);
        List<String> list = new ArrayList<>(lines);
        for (int i = 1; i <= lines; i++) list.add(i % 2 == 0 ? "語" + i : "無関係" + i);
        Path file = Files.write(home.resolve("known.txt"), list);

        long r0 = System.nanoTime();
        List<String> forms = KnownWordsReader.read(file);
        long r1 = System.nanoTime();
        int changed;
        try (Database db = Database.open(home)) {
            long m0 = System.nanoTime();
            changed = db.transaction(c -> new ExportStore().markKnown(c, forms));
            long m1 = System.nanoTime();
            out.printf("known import of %,d lines into %,d words: %.2f s, %,d words marked known "
                    + "(reading the list alone: %.3f s)%n", lines, cards, (m1 - m0) / 1e9 + (r1 - r0) / 1e9, changed,
                    (r1 - r0) / 1e9);
        }
    }
}
