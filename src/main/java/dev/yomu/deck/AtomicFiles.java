package dev.yomu.deck;

import dev.yomu.support.YomuException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a whole file or nothing: a temporary file in the same folder, then a rename over the target. */
final class AtomicFiles {
    private AtomicFiles() {}

    static void write(Path target, byte[] content) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw YomuException.invalidInput("The folder " + folder + " does not exist; create it or choose another one.");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
            Files.write(tmp, content);
            readableByAll(tmp);
            move(tmp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw failure(file, folder, e);
        }
    }

    /** Temporary files are private (rw-------); an export is an ordinary file others may read. */
    private static void readableByAll(Path tmp) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the default permissions already let the user's programs read it
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static YomuException failure(Path file, Path folder, Exception cause) {
        if (Files.isDirectory(file)) {
            return YomuException.unavailable("Cannot write " + file + ": a folder has that name; choose another file name.", cause);
        }
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
