package dev.yomu.cli;

import dev.yomu.dict.BundledDictionary;
import dev.yomu.dict.CompiledDictionary;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which dictionary Yomu uses: the one {@code yomu dict import} compiled into the data folder
 * ({@value #FOLDER}/{@value #FILE}), else the bundled EDICT the jar carries. It is a file of its
 * own, not rows in the learner's database, so backups, restores and copies of the database stay small
 * and never change it.
 */
final class InstalledDictionary {
    static final String FOLDER = "dictionary";
    static final String FILE = "imported.yomudict";

    private InstalledDictionary() {}

    static Path importedFile(Path home) {
        return home.resolve(FOLDER).resolve(FILE);
    }

    /** Reads the dictionary in use (a tenth of a second or so); a damaged imported file is refused in one line. */
    static CompiledDictionary current(Path home) {
        Path imported = importedFile(home);
        return Files.exists(imported) ? CompiledDictionary.open(imported) : BundledDictionary.compiled();
    }
}
