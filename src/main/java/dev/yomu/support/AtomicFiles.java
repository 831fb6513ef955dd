package dev.yomu.support;


import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a whole file or nothing: a temporary file in the same folder, then a rename over the target.
 * Only a regular file is ever replaced. A symlink is followed to its target (renaming over the link
 * would cut it); a device, pipe or folder is refused, since a rename over {@code /dev/null} by root
 * would destroy it.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    public static void write(Path target, byte[] content) {
        write(target, tmp -> Files.write(tmp, content));
    }

    /** Fills a temporary file in the target's folder; it may already exist (empty) and may be overwritten. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path tmp) throws Exception;
    }

    /** Like {@link #write(Path, byte[])}, with the content written to the temporary file by {@code filler}. */
    public static void write(Path target, Filler filler) {
        Path file = regularFileAt(target.toAbsolutePath().normalize());
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw YomuException.invalidInput("The folder " + folder + " does not exist; create it or choose another one.");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
            filler.fill(tmp);
            readableByAll(tmp);
            moveInto(tmp, file);
        } catch (Exception e) {
            deleteQuietly(tmp);
            throw failure(file, folder, e);
        }
    }

    private static Path regularFileAt(Path path) {
        Path file = path;
        try {
            for (int hops = 0; Files.isSymbolicLink(file); hops++) {
                if (hops == 40) throw YomuException.invalidInput("Cannot write " + path + ": its symlinks go round in a circle.");
                file = file.resolveSibling(Files.readSymbolicLink(file)).normalize();
            }
        } catch (IOException e) {
            throw YomuException.unavailable("Cannot follow the symlink " + path + " (" + e.getClass().getSimpleName() + ").", e);
        }
        if (Files.isDirectory(file))
            throw YomuException.unavailable("Cannot write " + path + ": a folder has that name; choose another file name.", null);
        if (Files.exists(file) && !Files.isRegularFile(file))
            throw YomuException.invalidInput("Cannot write " + path + ": it is a device or pipe, not a file; choose a file name.");
        return file;
    }

    /** Temporary files are private (rw-------); an export is an ordinary file others may read. */
    private static void readableByAll(Path tmp) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the default permissions already let the user's programs read it
        }
    }

    /**
     * Puts a finished temporary file, written in the target's own folder, in place in one step: its
     * bytes reach the disk first, so neither a kill nor a power cut leaves a half-written target.
     */
    public static void moveInto(Path tmp, Path target) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        move(tmp, target);
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static YomuException failure(Path file, Path folder, Exception cause) {
        if (cause instanceof YomuException own) return own;
        if (!Files.isWritable(folder)) {
            return YomuException.unavailable("Cannot write to the folder " + folder + ": permission denied; choose another folder.", cause);
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return YomuException.unavailable("Cannot write " + file + ": " + reason.replaceAll("\\s+", " "), cause);
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) return;
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // Nothing more can be done; the original failure is what the learner needs to see.
        }
    }
}
