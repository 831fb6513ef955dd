package dev.yomu.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a failed database write says about the disk under it. H2 reports a full disk as "IO
 * Exception" or "The database has been closed"; the operating system's reason ("No space left on
 * device", "File too large") sits in the cause chain of a chained next exception.
 */
public enum StorageTrouble {
    /** No space left, a quota or a file-size limit reached. */
    DISK_FULL,
    /** The file, its folder or its file system cannot be written. */
    READ_ONLY;

    /** H2's "The database is read only". */
    private static final int H2_READ_ONLY = 90097;

    /** @return the trouble behind {@code failure}, if it is one of the disk's */
    public static Optional<StorageTrouble> of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty() && seen.size() < 100) {
            Throwable t = todo.poll();
            if (!seen.add(t)) continue;
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_READ_ONLY) return Optional.of(READ_ONLY);
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof IOException || m.contains("no space left")) {
                if (m.contains("no space left") || m.contains("file too large") || m.contains("quota exceeded"))
                    return Optional.of(DISK_FULL);
                if (m.contains("read-only file system") || m.contains("permission denied")) return Optional.of(READ_ONLY);
            }
            if (t.getCause() != null) todo.add(t.getCause());
            if (t instanceof SQLException sql && sql.getNextException() != null) todo.add(sql.getNextException());
        }
        return Optional.empty();
    }
}
