package dev.yomu.cli;

import dev.yomu.bench.AnalysisBenchmark;
import dev.yomu.bench.ImportBenchmark;
import dev.yomu.bench.KnownImportBenchmark;
import dev.yomu.bench.ReviewBenchmark;
import dev.yomu.bench.StartupBenchmark;
import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = {"Measure Yomu's speed for BENCHMARKS.md.", "",
                "Each benchmark runs in a fresh temporary database:",
                "  import    import throughput against raw Kuromoji on the same text",
                "  analysis  the language stages alone, without the database",
                "  review    queue and answer at scale, start-up to the first card",
                "  startup   first run, then each screen's first frame against java -version",
                "  known     known import of a 10,000-line list into --cards words"})
final class BenchCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Parameters(paramLabel = "import|analysis|review|startup|known")
    String which;

    @Option(names = "--chars", defaultValue = "800000", description = "Size of the import text (default ${DEFAULT-VALUE}).")
    int chars;

    @Option(names = "--warmups", defaultValue = "4", description = "Full-size import rounds run first and not counted, while the JIT compiles (default ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--rounds", defaultValue = "7", description = "Import rounds counted, each a new article; the median is the figure (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--cards", defaultValue = "50000", description = "Cards for the review benchmark (default ${DEFAULT-VALUE}).")
    int cards;

    @Option(names = "--logs", defaultValue = "1000000", description = "Review-log rows (default ${DEFAULT-VALUE}).")
    int logs;

    BenchCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || warmups < 0)
            throw YomuException.invalidInput("bench needs --rounds 1 or more and --warmups 0 or more.");
        if (!List.of("import", "analysis", "review", "startup", "known").contains(which))
            throw YomuException.invalidInput("bench takes 'import', 'analysis', 'review', 'startup' or 'known', not '" + which + "'.");
        Path home = Files.createTempDirectory("yomu-bench");
        ctx.out().println("temporary database: " + home + " (removed afterwards)");
        try {
            switch (which) {
                case "import" -> ImportBenchmark.run(home, chars, warmups, rounds, ctx.out());
                case "review" -> ReviewBenchmark.run(home, cards, logs, ctx.out());
                case "startup" -> StartupBenchmark.run(home.resolve("home"), rounds, ctx.out());
                case "known" -> KnownImportBenchmark.run(home, cards, 10_000, ctx.out());
                default -> AnalysisBenchmark.run(chars, ctx.out());
            }
        } finally {
            removeQuietly(home); // a benchmark's database is hundreds of megabytes
        }
        return ExitCodes.OK;
    }

    private static void removeQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is no reason to fail a benchmark that ran
        }
    }
}
