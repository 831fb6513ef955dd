package dev.yomu.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Start-up as the learner feels it (issue 16): first run on a fresh data folder, then the status
 * screen, {@code articles}, the first review card and the first reader page, each against
 * {@code java -version} run just before it, so the ratio survives a busy machine. Three ways to
 * start: plain {@code java -jar}, C1 only, and C1 with the class-data archive the launcher makes
 * (a static archive dumped from the class list of the first command, as {@code ./yomu} does). The
 * reader is timed twice: piped to its first printed line, and full screen on a pseudo-terminal to its
 * first painted frame.
 */
public final class StartupBenchmark {
    private static final String NOW = "2026-03-01T01:00:00Z";
    private static final double GOAL = 5.0;

    private StartupBenchmark() {}

    /**
     * A screen and the moment it counts as shown: its first output line that {@code shown} accepts (or its
     * exit when null), or, for a full screen ({@code painted} not null), the first flushed frame holding
     * {@code painted}, on a terminal of {@link #COLS}×{@link #ROWS}.
     */
    private record Screen(String name, List<String> args, Predicate<String> shown, String painted) {
        Screen(String name, List<String> args, Predicate<String> shown) {
            this(name, args, shown, null);
        }

        double time(List<String> cmd) throws Exception {
            return painted == null ? ChildRuns.timeUntil(cmd, shown) : ChildRuns.timeUntilPainted(cmd, painted, COLS, ROWS);
        }
    }

    private static final int COLS = 80, ROWS = 24;

    private record Way(String name, List<String> jvmOptions) {}

    public static void run(Path home, int rounds, PrintWriter out) throws Exception {
        String java = ChildRuns.java();
        String jar = ChildRuns.jar();
        List<String> yomu = List.of("-jar", jar, "--home", home.toString(), "--now", NOW);

        double firstRun = ChildRuns.timeUntil(ChildRuns.concat(List.of(java), yomu), null);
        out.printf("first run on a fresh data folder (bundled dictionary, four seeds imported, status shown): %.1f s%n",
                firstRun / 1000);
        out.printf("learner database after it: %.1f MB%n", Files.size(home.resolve("yomu.mv.db")) / 1e6);

        List<Screen> screens = screens(out);
        Path archive = home.resolveSibling(home.getFileName() + ".jsa");
        dumpArchive(java, jar, yomu, home, archive, screens, out);
        List<Way> ways = List.of(
                new Way("java -jar", List.of()),
                new Way("C1 only", List.of("-XX:TieredStopAtLevel=1")),
                new Way("./yomu (C1 + archive)", List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive)));

        double[] jvm = new double[rounds];
        Map<String, double[]> ms = new LinkedHashMap<>(), ratio = new LinkedHashMap<>();
        for (Screen s : screens)
            for (Way w : ways) {
                ms.put(s.name() + "|" + w.name(), new double[rounds]);
                ratio.put(s.name() + "|" + w.name(), new double[rounds]);
            }
        for (int r = 0; r < rounds; r++) {
            for (Screen s : screens)
                for (Way w : ways) {
                    // Each run is paired with a java -version just before it.
                    double base = ChildRuns.timeUntil(List.of(java, "-version"), null);
                    jvm[r] += base / (screens.size() * ways.size());
                    List<String> cmd = ChildRuns.concat(ChildRuns.concat(List.of(java), w.jvmOptions()), ChildRuns.concat(yomu, s.args()));
                    double t = s.time(cmd);
                    ms.get(s.name() + "|" + w.name())[r] = t;
                    ratio.get(s.name() + "|" + w.name())[r] = t / base;
                }
        }
        out.printf("%njava -version: median %.0f ms (%d rounds; every run below is paired with one)%n", Median.of(jvm), rounds);
        out.printf("%-20s %-22s %10s %22s%n", "screen", "started as", "median ms", "× java -version (goal ≤ " + (int) GOAL + ")");
        for (Screen s : screens)
            for (Way w : ways) {
                String key = s.name() + "|" + w.name();
                double x = Median.of(ratio.get(key));
                out.printf("%-20s %-22s %10.0f %21.1f×%s%n", s.name(), w.name(), Median.of(ms.get(key)), x,
                        x <= GOAL ? "" : "  over");
            }
        out.printf("%nwhat each screen loads (./yomu way; classes from the archive / from the jar and the JDK):%n");
        for (Screen s : screens) out.printf("  %-20s %s%n", s.name(), classesLoaded(java, archive, yomu, s));
    }

    private static List<Screen> screens(PrintWriter out) {
        List<Screen> screens = new ArrayList<>(List.of(
                new Screen("status", List.of(), null),
                new Screen("articles", List.of("articles"), null),
                new Screen("review, first card", List.of("review"), l -> l.contains("keys:")),
                new Screen("read, first page", List.of("read", "1"), l -> !l.isBlank())));
        // The reader as a learner opens it: full screen, timed to its first frame (the key hints end it).
        if (ChildRuns.canPaint()) screens.add(new Screen("read, full screen", List.of("read", "1"), null, " quit"));
        else out.println("read, full screen: not timed (it needs util-linux `script` for a terminal)");
        return screens;
    }

    /**
     * The launcher's archive, made the way ./yomu makes it: a command lists the classes it loads, then a
     * static archive is dumped from the list (the launcher adds the previous build's list: here the full
     * screen reader's, when it is timed, as for a learner who has read before).
     */
    private static void dumpArchive(String java, String jar, List<String> yomu, Path home, Path archive, List<Screen> screens,
                                    PrintWriter out) throws Exception {
        Set<String> classes = new LinkedHashSet<>();
        for (Screen s : screens) {
            if (!s.args().contains("review") && s.painted() == null) continue;
            Path list = Files.createTempFile(home.getParent(), "yomu", ".classlist");
            s.time(ChildRuns.concat(List.of(java, "-XX:DumpLoadedClassList=" + list, "-XX:TieredStopAtLevel=1"),
                    ChildRuns.concat(yomu, s.args())));
            classes.addAll(Files.readAllLines(list));
            Files.delete(list);
        }
        Path classList = home.resolveSibling(home.getFileName() + ".classlist");
        Files.write(classList, classes);
        double dump = ChildRuns.timeUntil(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-cp", jar), null);
        out.printf("class-data archive dumped from the class lists of review%s: %.1f s%n",
                screens.stream().anyMatch(s -> s.painted() != null) ? " and the full-screen reader" : "", dump / 1000);
    }

    /** Which libraries a screen pulls in: start-up is mostly class loading and initialisation. */
    private static String classesLoaded(String java, Path archive, List<String> yomu, Screen s) throws Exception {
        Path log = Files.createTempFile("yomu-classes", ".log");
        try {
            List<String> cmd = ChildRuns.concat(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive,
                    "-Xlog:class+load=info:file=" + log), ChildRuns.concat(yomu, s.args()));
            if (s.painted() == null) ChildRuns.timeUntil(cmd, null);
            else s.time(cmd);
            List<String> lines = Files.readAllLines(log);
            long shared = lines.stream().filter(l -> l.contains("shared objects file")).count();
            Map<String, Long> libraries = new LinkedHashMap<>();
            for (String[] lib : new String[][] {{"Kuromoji", "com.atilika"}, {"H2", "org.h2."}, {"JLine", "org.jline"},
                    {"picocli", "picocli."}, {"Jackson", "com.fasterxml"}, {"Yomu", "dev.yomu"}})
                libraries.put(lib[0], lines.stream().filter(l -> l.contains(" " + lib[1])).count());
            List<String> parts = new ArrayList<>();
            libraries.forEach((name, n) -> parts.add(name + " " + n));
            return String.format("%,d classes (%,d from the archive): %s", lines.size(), shared, String.join(", ", parts));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
