package dev.yomu.cli;

import dev.yomu.support.Progress;
import dev.yomu.dict.DictEntry;
import dev.yomu.store.DictionaryStore;
import dev.yomu.store.SettingStore;
import dev.yomu.support.YomuException;
import java.util.Iterator;

/** Loads a dictionary into the store in one transaction, with a progress bar, and records its source. */
final class DictLoader {
    private DictLoader() {}

    static int load(AppContext ctx, DictionaryStore store, Iterator<DictEntry> entries, String sourceLabel,
                    int expectedEntries) {
        return load(ctx, store, entries, sourceLabel, expectedEntries, 1);
    }

    /** @param minimum fewer entries than this roll back: the dictionary the learner had stays */
    static int load(AppContext ctx, DictionaryStore store, Iterator<DictEntry> entries, String sourceLabel,
                    int expectedEntries, int minimum) {
        Progress progress = ProgressBars.forTerminal("entries", 0);
        progress.start("Dictionary", expectedEntries);
        int n = ctx.db().transaction(c -> {
            int count = store.replaceAll(c, entries, progress);
            if (count == 0) // rolls back: the dictionary the learner had stays
                throw YomuException.invalidInput(sourceLabel + ": no dictionary entries found; nothing changed.");
            if (count < minimum)
                throw YomuException.invalidInput(sourceLabel + ": only " + count + " entries (JMdict has about 200,000),"
                        + " so this looks like a sample or a cut file; nothing changed. Add --force to load it anyway.");
            new SettingStore().put(c, "dict.source", sourceLabel);
            new SettingStore().put(c, "dict.entries", Integer.toString(count));
            return count;
        });
        progress.end();
        return n;
    }
}
