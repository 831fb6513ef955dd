package dev.yomu.testing;

import dev.yomu.support.TestPause;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real yomu process (a separate JVM) whose stdin tests write to and whose stdout they read. */
public final class YomuProcess implements AutoCloseable {
    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    public YomuProcess(Path home, String now, String... args) throws IOException {
        this(null, home, now, args);
    }

    /** A process started in {@code workDir}, as a learner runs Yomu from some folder of theirs. */
    public YomuProcess(Path workDir, Path home, String now, String... args) throws IOException {
        this(workDir, List.of(), home, now, args);
    }

    /**
     * A process that stops at {@link TestPause} point {@code point} (and at no other), so a test can
     * kill it exactly there: {@link #awaitPause} waits until it stands there, {@link #resume} lets it
     * go on to the next time it gets there.
     */
    public static YomuProcess pausedAt(String point, Path home, String now, String... args) throws IOException {
        return new YomuProcess(null, List.of("-D" + TestPause.PROPERTY + "=" + point), home, now, args);
    }

    private YomuProcess(Path workDir, List<String> jvmOptions, Path home, String now, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.yomu.Main", "--home", home.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (workDir != null) pb.directory(workDir.toFile());
        pb.environment().put("YOMU_NOW", now);
        process = pb.start();
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) lines.add(l);
            } catch (IOException ignored) {
                // the process was killed: that is the point of some tests
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    public void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    /**
     * Waits for an output line containing {@code text}. The limit only turns a process that hangs or never
     * prints the line into a failure: the wait blocks on the process's next line and ends as soon as it comes.
     */
    public String await(String text, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        StringBuilder seen = new StringBuilder();
        for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
            String l = lines.poll(left, TimeUnit.NANOSECONDS);
            if (l == null) break;
            seen.append(l).append('\n');
            if (l.contains(text)) return l;
        }
        throw new AssertionError("no line with '" + text + "' within " + seconds + "s; saw:\n" + seen);
    }

    /**
     * Waits until the process stands at its pause point (started by {@link #pausedAt}). It stays
     * there until {@link #resume} or a kill; the limit only turns a process that never gets there
     * into a failure.
     */
    public void awaitPause(int seconds) throws InterruptedException {
        await(TestPause.MARKER, seconds);
    }

    /** Lets a process that stands at its pause point go on. */
    public void resume() throws IOException {
        send("");
    }

    /** SIGKILL: no shutdown hooks, no flushing, like a power cut or kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    public int closeInputAndWait() throws Exception {
        stdin.close();
        if (process.waitFor(30, TimeUnit.SECONDS)) return process.exitValue();
        process.destroyForcibly(); // a hang, not a slow exit: say so rather than ask a running process its status
        throw new AssertionError("yomu did not exit within 30 s of its input closing");
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
