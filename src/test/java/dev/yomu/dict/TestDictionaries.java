package dev.yomu.dict;

/**
 * The real bundled EDICT, parsed once per test JVM on first use (about a second) and shared, read-only,
 * by every test that needs real glosses.
 */
public final class TestDictionaries {
    private TestDictionaries() {}

    private static final class Holder {
        static final long START = System.nanoTime();
        static final MemoryLexicon BUNDLED = BundledDictionary.loadLexicon();
        static final long MILLIS = (System.nanoTime() - START) / 1_000_000;
    }

    public static MemoryLexicon bundled() {
        return Holder.BUNDLED;
    }

    /** @return how long parsing and indexing the bundled EDICT took */
    public static long bundledLoadMillis() {
        return Holder.MILLIS;
    }
}
