package dev.yomu.deck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the rule tables bundled beside this package's classes (UTF-8 text in src/main/resources). */
final class ResourceLines {
    private ResourceLines() {}

    /**
     * @param name a file beside this class, e.g. grammar-words.txt
     * @return all its lines, comments included
     */
    static List<String> read(String name) {
        InputStream in = ResourceLines.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("The rule table " + name + " is missing from the build.");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule table " + name, e);
        }
    }

    /** @return the non-blank lines that are not # comments, stripped */
    static List<String> entries(String name) {
        return read(name).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
