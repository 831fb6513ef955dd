package dev.yomu.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The dictionary shipped inside the jar: EDICT (EDRDG, 2021-02-03, CC BY-SA; see EDICT-LICENSE.txt
 * next to it), compiled at build time from src/main/dictionary/edict.gz by
 * {@link BuildBundledDictionary}, so Yomu can gloss words without a download or a first-run load.
 */
public final class BundledDictionary {
    /** EDICT compiled at build time; what Yomu reads at run time. */
    static final String COMPILED = "edict.yomudict";
    /** What the bundled dictionary is, as {@code yomu dict} names it. */
    public static final String SOURCE = "EDICT 2021-02-03 (bundled)";
    /** The attribution the licence asks for, for an "about" screen. */
    public static final String ATTRIBUTION =
            "EDICT, © Electronic Dictionary Research and Development Group, CC BY-SA (www.edrdg.org)";

    private BundledDictionary() {}

    private static final class Compiled {
        static final CompiledDictionary DICTIONARY = readCompiled();
    }

    /**
     * The bundled EDICT as compiled at build time, read from the jar on first use (a tenth of a
     * second or so) and shared: it is read-only.
     *
     * @throws IllegalStateException if the jar was built without it (a packaging bug)
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
}
