package dev.yomu.support;

import java.io.IOException;

/**
 * TEST-ONLY seam: lets a test stop a yomu process at one named point and kill it there, so a
 * kill -9 test knows where the kill landed instead of racing the work it interrupts.
 *
 * <p>It acts only when the JVM was started with {@code -Dyomu.test.pause=<point>} (the tests'
 * {@code YomuProcess.pausedAt} does so); no option, setting or environment variable of Yomu sets
 * it, so a learner cannot reach it. At the named point the process prints {@code MARKER + point}
 * on stderr and waits for one line (or the end) of stdin, which a test sends to let it go on, or it
 * is killed while it waits. Without the property each call is one comparison with a constant null.
 *
 * <p>Points: {@code backup-half-written} (a backup's temporary file holds the script but the zip is
 * not finished), {@code import-before-commit} (an import has written everything in its transaction
 * and not yet committed).
 */
public final class TestPause {
    public static final String PROPERTY = "yomu.test.pause";
    /** The start of the line printed on stderr when the process stops at a point. */
    public static final String MARKER = "yomu test pause at ";
    private static final String POINT = System.getProperty(PROPERTY);

    private TestPause() {}

    /** Stops here if this run was started to pause at {@code point}; otherwise returns at once. */
    public static void at(String point) {
        if (POINT != null && POINT.equals(point)) waitForGo(point);
    }

    private static void waitForGo(String point) {
        System.err.println(MARKER + point);
        System.err.flush();
        try {
            // Byte by byte: nothing after the line is taken from stdin, should the command read it later.
            for (int b = System.in.read(); b != -1 && b != '\n'; b = System.in.read()) {
                // the line's content does not matter
            }
        } catch (IOException e) {
            // stdin is gone: the test has let go of the process, so go on
        }
    }
}
