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

    /**
     * Memory-maps the file (from target/classes in a build, or its bytes inside the jar, where it is
     * stored uncompressed for this: see StoreUncompressed); reads it the ordinary way otherwise.
     */
    private static CompiledDictionary readCompiled() {
        java.net.URL url = BundledDictionary.class.getResource(COMPILED);
        if (url == null) throw new IllegalStateException("The bundled dictionary " + COMPILED + " is missing from the jar.");
        try {
            if (url.getProtocol().equals("file")) return CompiledDictionary.open(java.nio.file.Path.of(url.toURI()));
            String spec = url.toString(); // jar:file:/…/yomu.jar!/dev/yomu/dict/edict.yomudict
            int bang = spec.indexOf("!/");
            if (url.getProtocol().equals("jar") && spec.startsWith("jar:file:") && bang > 0) {
                java.nio.file.Path jar = java.nio.file.Path.of(new java.net.URI(spec.substring(4, bang)));
                var region = StoredJarEntry.find(jar, spec.substring(bang + 2));
                if (region.isPresent())
                    return CompiledDictionary.open(jar, region.get().offset(), region.get().length(), COMPILED + " (inside the Yomu jar)");
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // an unusual class path: read it as a stream below
        }
        try (InputStream in = BundledDictionary.class.getResourceAsStream(COMPILED)) {
            if (in == null) throw new IllegalStateException("The bundled dictionary " + COMPILED + " is missing from the jar.");
            return CompiledDictionary.read(in, COMPILED + " (inside the Yomu jar)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled dictionary " + COMPILED + ".", e);
        }
    }
}
