package dev.yomu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time for the benchmarks. On a machine shared with other work, wall time measures the load
 * as much as the code; the CPU time a phase used does not, or much less.
 */
final class CpuTime {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {}

    /** Nanoseconds of CPU used by the whole process so far: every thread, GC and JIT included. */
    static long process() {
        return OS.getProcessCpuTime();
    }

    /** Nanoseconds of CPU used by the calling thread so far. */
    static long thread() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
