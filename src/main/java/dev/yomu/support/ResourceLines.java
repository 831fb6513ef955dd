package dev.yomu.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the rule tables bundled beside a package's classes (UTF-8 text in src/main/resources). */
public final class ResourceLines {
    private ResourceLines() {}

    /**
     * @param anchor a class of the package the table belongs to
     * @param name   a file beside that class, e.g. grammar-words.txt
     * @return all its lines, comments included, so a parser can name a bad line by its number
     */
    public static List<String> read(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("The rule table " + name + " is missing from the build.");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule table " + name, e);
        }
    }

    /** @return the non-blank lines that are not # comments, stripped */
    public static List<String> entries(Class<?> anchor, String name) {
        return read(anchor, name).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
