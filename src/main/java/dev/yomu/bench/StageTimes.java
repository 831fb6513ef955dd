package dev.yomu.bench;

import dev.yomu.support.Progress;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records how long each stage of an import took, so a benchmark can say where the time goes. */
final class StageTimes implements Progress {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, Long> cpuNanos = new LinkedHashMap<>();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private String current;
    private long since, cpuSince;
    // CPU time of the threads that call advance() other than the one that made this object: the
    // import's analysis workers. They are new for each import and gone when it returns, so their
    // time is read while they still live: at every stage change, on the owner's thread (the importer
    // names its "done" stage before it closes its workers). It used to be read on the worker at
    // every sentence, 1.4 µs of a system call each here, 10,000 a round: about 1.5 % of the import's
    // thread CPU was the benchmark's own, where raw Kuromoji's side reads its clock once per batch.
    private final Thread owner = Thread.currentThread();
    private final Map<Thread, Long> workerCpu = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Override
    public void start(String task, long total) {}

    @Override
    public void advance(long units) {
        Thread t = Thread.currentThread();
        if (t != owner && !workerCpu.containsKey(t)) workerCpu.put(t, 0L);
    }

    /** Nanoseconds of CPU the import's worker threads used, as last read at a stage change. */
    long workerCpuNanos() {
        long sum = 0;
        for (long ns : workerCpu.values()) sum += ns;
        return sum;
    }

    private void readWorkers() {
        for (Map.Entry<Thread, Long> e : workerCpu.entrySet()) {
            long ns = THREADS.getThreadCpuTime(e.getKey().getId());
            if (ns > e.getValue()) e.setValue(ns); // -1 once a worker has ended: keep what was read
        }
    }

    @Override
    public void end() {}

    @Override
    public void stage(String name) {
        readWorkers();
        long now = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        if (current != null) {
            nanos.merge(current, now - since, Long::sum);
            cpuNanos.merge(current, cpu - cpuSince, Long::sum);
        }
        current = name;
        since = now;
        cpuSince = cpu;
    }

    /**
     * "stage 1.23 s (cpu 2.40 s) · ...", in the order the stages ran. CPU time is the whole
     * process's (every thread, the garbage collector too): near twice the wall time on two cores
     * means the stage kept both busy.
     */
    String summary() {
        StringBuilder sb = new StringBuilder();
        nanos.forEach((name, ns) -> sb.append(sb.length() == 0 ? "" : " · ").append(name)
                .append(String.format(" %.2f s (cpu %.2f s)", ns / 1e9, cpuNanos.get(name) / 1e9)));
        return sb.toString();
    }
}
