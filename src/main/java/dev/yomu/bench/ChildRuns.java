package dev.yomu.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Start-up is only honest in a fresh JVM: these run Yomu (or {@code java -version}) as a child
 * process and time it to the moment the learner would see what they came for.
 */
final class ChildRuns {
    private ChildRuns() {}

    /** The java of this JVM, so the children and the baseline run on the same runtime. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jar this benchmark runs from. */
    static String jar() throws Exception {
        return Path.of(ChildRuns.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /**
     * Milliseconds from start until the first output line that {@code seen} accepts, or until the
     * process exits when {@code seen} is null. "q" is typed, so a screen waiting for a key ends.
     */
    static double timeUntil(List<String> cmd, Predicate<String> seen) throws Exception {
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().write("q\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        double ms = -1;
        List<String> head = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (head.size() < 5) head.add(l);
                if (seen != null && ms < 0 && seen.test(l)) ms = (System.nanoTime() - t) / 1e6;
            }
        }
        int status = p.waitFor();
        if (seen == null) ms = (System.nanoTime() - t) / 1e6;
        if (ms < 0 || (seen == null && status != 0))
            throw new IllegalStateException(String.join(" ", cmd) + " did not show what was expected (exit " + status
                    + "); its first lines: " + head);
        return ms;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

}
