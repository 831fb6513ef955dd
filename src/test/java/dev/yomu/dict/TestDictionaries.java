package dev.yomu.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The real bundled dictionary for tests: {@link #bundled()} is the compiled file the jar ships (what
 * Yomu uses), and {@link #edict()} the EDICT source it is compiled from, parsed into memory, as the
 * reference the compiled file is checked against. Each is made once per test JVM and shared, read-only.
 */
public final class TestDictionaries {
    /** The EDICT source; the build compiles it, the jar does not carry it. Tests run in the project folder. */
    public static final Path EDICT = Path.of("src/main/dictionary/edict.gz");

    private TestDictionaries() {}

    private static final class Parsed {
        static final long START = System.nanoTime();
        static final List<DictEntry> ENTRIES = parse();
        static final MemoryLexicon LEXICON = MemoryLexicon.of(ENTRIES);
        static final long MILLIS = (System.nanoTime() - START) / 1_000_000;
    }

    /** @return the bundled dictionary as Yomu reads it */
    public static CompiledDictionary bundled() {
        return BundledDictionary.compiled();
    }

    /** @return the EDICT source parsed and indexed in memory (a second or more: the reference, not for everyday tests) */
    public static MemoryLexicon edict() {
        return Parsed.LEXICON;
    }

    /** @return every entry of the EDICT source, in file order */
    public static List<DictEntry> edictEntries() {
        return Parsed.ENTRIES;
    }

    /** @return the EDICT source, uncompressed (EUC-JP); the caller closes it */
    public static InputStream openEdict() {
        try {
            return new GZIPInputStream(Files.newInputStream(EDICT), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how long parsing and indexing the EDICT source took */
    public static long edictLoadMillis() {
        return Parsed.MILLIS;
    }

    private static List<DictEntry> parse() {
        try (EdictParser parser = new EdictParser(openEdict())) {
            return parser.entries().toList();
        }
    }
}
