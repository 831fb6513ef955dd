package dev.yomu.dict;

import dev.yomu.support.Check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Streams entries from an EDICT or EDICT2 file (EUC-JP): {@code 同盟国 [どうめいこく] /(n) ally/} and
 * {@code タリバン /(n) Taliban/}, with EDICT2's {@code 会う;逢う(P) [あう] /(v5u) (1) to meet/(2) .../(P)/EntL1234X/}.
 * Lines that do not fit the format are skipped and counted, so one bad line never loses a dictionary.
 */
public final class EdictParser implements AutoCloseable {
    public static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final Pattern ENTRY_ID = Pattern.compile("EntL\\d+X?");
    private static final Pattern MARKER = Pattern.compile("\\([^)]*\\)");

    private final BufferedReader reader;
    private int lineNumber;
    private int skipped;
    private final List<Integer> skippedLineNumbers = new ArrayList<>();

    /** @param in EDICT text in EUC-JP; closed by {@link #close()} */
    public EdictParser(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(Check.notNull(in, "in"), EUC_JP), 1 << 16);
    }

    /**
     * Reads lazily; the stream can be consumed once.
     *
     * @return the well-formed entries in file order
     */
    public Stream<DictEntry> entries() {
        return EntryStreams.of(this::advance);
    }

    private boolean advance(Consumer<? super DictEntry> action) {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (isHeaderOrBlank(line)) continue;
                Optional<DictEntry> entry = parseLine(line);
                if (entry.isPresent()) {
                    action.accept(entry.get());
                    return true;
                }
                skipped++;
                if (skippedLineNumbers.size() < 20) skippedLineNumbers.add(lineNumber);
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dictionary at line " + (lineNumber + 1) + ".", e);
        }
    }

    // The first line of EDICT is a pseudo-entry "　？？？ /EDICT, ... /Created: .../" carrying the version.
    private boolean isHeaderOrBlank(String line) {
        return line.isBlank() || (lineNumber == 1 && line.startsWith("　？？？"));
    }

    /** @return how many non-blank lines could not be parsed so far */
    public int skippedLines() {
        return skipped;
    }

    /** @return the line numbers (1-based) of the first 20 skipped lines, for a log */
    public List<Integer> skippedLineNumbers() {
        return List.copyOf(skippedLineNumbers);
    }

    /**
     * Parses one EDICT line.
     *
     * @param line a line without its line break
     * @return the entry, or empty if the line is malformed (no "/" fields, unclosed "[", no gloss)
     */
    public static Optional<DictEntry> parseLine(String line) {
        int bodyStart = line.indexOf(" /");
        if (bodyStart <= 0 || !line.endsWith("/")) return Optional.empty();
        String key = line.substring(0, bodyStart).trim();
        boolean[] common = {false};
        List<String> headwords;
        List<String> readings;
        int open = key.indexOf('[');
        if (open >= 0) {
            if (!key.endsWith("]")) return Optional.empty();
            headwords = forms(key.substring(0, open), common);
            readings = forms(key.substring(open + 1, key.length() - 1), common);
            if (headwords.isEmpty()) return Optional.empty();
        } else {
            if (key.contains("]")) return Optional.empty();
            headwords = List.of();
            readings = forms(key, common);
        }
        if (readings.isEmpty()) return Optional.empty();
        List<Sense> senses = senses(line.substring(bodyStart + 2), common);
        if (senses.isEmpty()) return Optional.empty();
        return Optional.of(new DictEntry(headwords, readings, senses, common[0]));
    }

    // "同盟国;同盟國(oK)" -> [同盟国, 同盟國]; a "(P)" marker on any form makes the entry common.
    private static List<String> forms(String part, boolean[] common) {
        List<String> forms = new ArrayList<>();
        for (String raw : part.trim().split(";")) {
            // Most forms carry no marker; skipping the regex for them halves the parse time.
            boolean marked = raw.indexOf('(') >= 0;
            if (marked && raw.contains("(P)")) common[0] = true;
            String form = (marked ? MARKER.matcher(raw).replaceAll("") : raw).trim();
            if (!form.isEmpty() && !forms.contains(form)) forms.add(form);
        }
        return forms;
    }

    private static List<Sense> senses(String body, boolean[] common) {
        SenseCollector senses = new SenseCollector();
        for (String field : body.split("/")) {
            String f = field.trim();
            if (f.isEmpty() || f.startsWith("EntL") && ENTRY_ID.matcher(f).matches()) continue;
            if (f.equals("(P)")) {
                common[0] = true;
                continue;
            }
            senses.field(f);
        }
        return senses.finish();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Only read from, so a failed close loses nothing.
        }
    }
}
