package dev.yomu.cli;

import dev.yomu.support.Progress;
import dev.yomu.dict.DictEntry;
import dev.yomu.dict.DictionaryCompiler;
import dev.yomu.support.AtomicFiles;
import dev.yomu.support.YomuException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Compiles a dictionary into the data folder with a progress bar and switches to it. The file is
 * written beside its place and renamed over it only when whole, so a failure or a refusal leaves the
 * dictionary the learner had.
 */
final class DictLoader {
    private static final int STEP = 2000;

    private DictLoader() {}

    /** @param minimum fewer entries than this are refused: the dictionary the learner had stays */
    static int install(AppContext ctx, Iterator<DictEntry> entries, String sourceLabel, int expectedEntries, int minimum) {
        Progress progress = ProgressBars.forTerminal("entries", 0);
        progress.start("Dictionary", expectedEntries);
        DictionaryCompiler compiler = new DictionaryCompiler();
        while (entries.hasNext()) {
            compiler.add(entries.next());
            if (compiler.size() % STEP == 0) progress.advance(STEP);
        }
        progress.end();
        int count = compiler.size();
        if (count == 0)
            throw YomuException.invalidInput(sourceLabel + ": no dictionary entries found; nothing changed.");
        if (count < minimum)
            throw YomuException.invalidInput(sourceLabel + ": only " + count + " entries (JMdict has about 200,000),"
                    + " so this looks like a sample or a cut file; nothing changed. Add --force to load it anyway.");
        Path target = InstalledDictionary.importedFile(ctx.home());
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw YomuException.unavailable("Cannot create the folder " + target.getParent() + " (" + e.getMessage()
                    + "); the dictionary you had stays.", e);
        }
        AtomicFiles.write(target, tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                compiler.writeTo(out, sourceLabel);
            }
        });
        return count;
    }
}
