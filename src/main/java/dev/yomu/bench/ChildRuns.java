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

    /**
     * Milliseconds from start until a full-screen command has flushed a frame holding {@code shown}, run on
     * a terminal of {@code cols}×{@code rows} (a pseudo-terminal from util-linux {@code script}, so Yomu
     * takes its real full-screen path); then "q" is typed and the run waits for the exit.
     */
    static double timeUntilPainted(List<String> cmd, String shown, int cols, int rows) throws Exception {
        String line = "stty cols " + cols + " rows " + rows + "; exec " + String.join(" ", cmd.stream().map(ChildRuns::quoted).toList());
        ProcessBuilder pb = new ProcessBuilder("script", "-qfec", line, "/dev/null").redirectErrorStream(true);
        pb.environment().put("TERM", "xterm-256color");
        pb.environment().remove("NO_COLOR");
        long t = System.nanoTime();
        Process p = pb.start();
        double ms = -1;
        StringBuilder seen = new StringBuilder();
        try (InputStreamReader r = new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) >= 0; ) {
                if (ms >= 0) continue;
                seen.append(buf, 0, n);
                if (seen.indexOf(shown) < 0) continue;
                ms = (System.nanoTime() - t) / 1e6;
                p.getOutputStream().write('q');
                p.getOutputStream().close();
            }
        }
        int status = p.waitFor();
        if (ms < 0 || status != 0)
            throw new IllegalStateException(String.join(" ", cmd) + " did not paint what was expected on a terminal (exit "
                    + status + "); it wrote: " + seen.substring(0, Math.min(seen.length(), 300)));
        return ms;
    }

    /** Whether {@link #timeUntilPainted} can run here: it needs util-linux {@code script}. */
    static boolean canPaint() {
        try {
            return new ProcessBuilder("script", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String quoted(String arg) {
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

}
