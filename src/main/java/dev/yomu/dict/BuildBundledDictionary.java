package dev.yomu.dict;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * Build step (exec-maven-plugin, phase process-classes): compiles the bundled EDICT into the
 * dictionary file the jar ships, so no learner ever parses EDICT or loads it into a database.
 * Arguments: the edict.gz to read and the file to write. Skips the work when the output is newer
 * than the input and of this format version, so a repeated {@code mvn test} does not pay for it.
 */
public final class BuildBundledDictionary {
    private BuildBundledDictionary() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: BuildBundledDictionary EDICT.gz OUT.yomudict");
        Path in = Path.of(args[0]), out = Path.of(args[1]);
        if (upToDate(in, out)) return;
        long t0 = System.nanoTime();
        DictionaryCompiler compiler = new DictionaryCompiler();
        try (InputStream raw = new GZIPInputStream(Files.newInputStream(in), 1 << 16); EdictParser parser = new EdictParser(raw)) {
            compiler.addAll(parser.entries().iterator());
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            compiler.writeTo(o, BundledDictionary.SOURCE);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Compiled %s: %,d entries, %,d bytes in %.1f s%n", out.getFileName(), compiler.size(),
                Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    private static boolean newer(Path a, Path b) throws IOException {
        return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) > 0;
    }

    private static boolean upToDate(Path in, Path out) throws IOException {
        if (!Files.isRegularFile(out) || !newer(out, in)) return false;
        // A changed parser or writer makes the file again, even without a new format version.
        for (Class<?> code : new Class<?>[] {EdictParser.class, DictionaryCompiler.class, EdictTags.class}) {
            java.net.URL at = code.getResource(code.getSimpleName() + ".class");
            if (at == null || !"file".equals(at.getProtocol())) return false;
            try {
                if (!newer(out, Path.of(at.toURI()))) return false;
            } catch (java.net.URISyntaxException e) {
                return false;
            }
        }
        try (InputStream head = Files.newInputStream(out)) {
            byte[] h = head.readNBytes(CompiledDictionary.MAGIC.length + 4);
            return h.length == CompiledDictionary.MAGIC.length + 4
                    && java.nio.ByteBuffer.wrap(h, CompiledDictionary.MAGIC.length, 4).getInt() == CompiledDictionary.FORMAT_VERSION;
        }
    }
}
