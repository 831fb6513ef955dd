package dev.yomu.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The EDICT file shipped inside the jar (EDRDG, 2021-02-03, CC BY-SA; see EDICT-LICENSE.txt next to
 * it), so Yomu can gloss words without a download.
 */
public final class BundledDictionary {
    static final String RESOURCE = "edict.gz";
    /** EDICT compiled at build time by {@link BuildBundledDictionary}; what Yomu reads at run time. */
    static final String COMPILED = "edict.yomudict";
    /** What the bundled dictionary is, as {@code yomu dict} names it. */
    public static final String SOURCE = "EDICT 2021-02-03 (bundled)";
    /** The attribution the licence asks for, for an "about" screen. */
    public static final String ATTRIBUTION =
            "EDICT, © Electronic Dictionary Research and Development Group, CC BY-SA (www.edrdg.org)";

    private BundledDictionary() {}

    /**
     * @return the uncompressed EDICT text, EUC-JP encoded; the caller closes it
     * @throws IllegalStateException if the jar was built without the dictionary (a packaging bug)
     */
    public static InputStream open() {
        InputStream raw = BundledDictionary.class.getResourceAsStream(RESOURCE);
        if (raw == null) throw new IllegalStateException("The bundled dictionary " + RESOURCE + " is missing from the jar.");
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled dictionary " + RESOURCE + " is corrupt.", e);
        }
    }

    private static final class Compiled {
        static final CompiledDictionary DICTIONARY = readCompiled();
    }

    /**
     * The bundled EDICT as compiled at build time, read from the jar on first use (a tenth of a
     * second) and shared: it is read-only.
     */
    public static CompiledDictionary compiled() {
        return Compiled.DICTIONARY;
    }

    private static CompiledDictionary readCompiled() {
        try (InputStream in = BundledDictionary.class.getResourceAsStream(COMPILED)) {
            if (in == null) throw new IllegalStateException("The bundled dictionary " + COMPILED + " is missing from the jar.");
            return CompiledDictionary.read(in, COMPILED + " (inside the Yomu jar)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled dictionary " + COMPILED + ".", e);
        }
    }

    /** @return every bundled entry parsed and indexed; takes about a second, so build it once */
    public static MemoryLexicon loadLexicon() {
        try (EdictParser parser = new EdictParser(open())) {
            return MemoryLexicon.of(parser.entries());
        }
    }
}
