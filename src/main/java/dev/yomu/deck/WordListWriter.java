package dev.yomu.deck;

import dev.yomu.support.AtomicFiles;
import dev.yomu.support.Check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a plain vocabulary list with a header row {@code lemma, reading, gloss, status, count}, for
 * spreadsheets and other tools. UTF-8 without BOM; rows in the order given. CSV follows RFC 4180
 * (CRLF, fields with {@code , " CR LF} quoted, quotes doubled). TSV has one row per line (LF): tabs and
 * line breaks inside fields become spaces, and fields starting with {@code "} are quoted. In both, a
 * field starting with {@code #} is quoted, so readers that treat {@code #} lines as comments (Anki,
 * {@link KnownWordsReader}) keep the row. A field a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or CR) gets a leading {@code '} and quotes, OWASP's rule against CSV injection:
 * a gloss or a word from an imported text must never become a formula on the learner's machine.
 */
public final class WordListWriter {
    /** The list's file format. */
    public enum Format {
        CSV(',', "\r\n", "csv"), TSV('\t', "\n", "tsv");

        final char delimiter;
        final String lineEnd;
        public final String extension;

        Format(char delimiter, String lineEnd, String extension) {
            this.delimiter = delimiter;
            this.lineEnd = lineEnd;
            this.extension = extension;
        }

        /** TSV for names ending in .tsv or .txt, CSV otherwise. */
        public static Format forFile(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".tsv") || name.endsWith(".txt") ? TSV : CSV;
        }
    }

    /** One row of the list. {@code status} is free text (known, learning, ignored ...). */
    public record Entry(String lemma, String reading, String gloss, String status, int count) {
        public Entry {
            Check.notBlank(lemma, "lemma");
            Check.notNull(reading, "reading");
            Check.notNull(gloss, "gloss");
            Check.notNull(status, "status");
            Check.isTrue(count >= 0, "The parameter 'count' must be >= 0 but was " + count + ".");
        }
    }

    public static final List<String> HEADER = List.of("lemma", "reading", "gloss", "status", "count");

    private final Format format;

    public WordListWriter(Format format) {
        this.format = Check.notNull(format, "format");
    }

    /**
     * Writes the list atomically.
     *
     * @throws dev.yomu.support.YomuException if the folder is missing or the file cannot be written
     */
    public void write(Path file, List<Entry> entries) {
        Check.notNull(file, "file");
        AtomicFiles.write(file, render(entries).getBytes(StandardCharsets.UTF_8));
    }

    /** The file content {@link #write} writes. */
    public String render(List<Entry> entries) {
        Check.notNull(entries, "entries");
        StringBuilder sb = new StringBuilder();
        row(sb, HEADER);
        for (Entry e : entries) {
            row(sb, List.of(e.lemma(), e.reading(), e.gloss(), e.status(), Integer.toString(e.count())));
        }
        return sb.toString();
    }

    private void row(StringBuilder sb, List<String> cells) {
        DelimitedText.appendRecord(sb, cells.stream().map(this::field).toList(), format.delimiter, format.lineEnd);
    }

    private String field(String value) {
        boolean formula = startsLikeAFormula(value);
        String v = formula ? "'" + value : value;
        v = format == Format.TSV ? v.replaceAll("[\\t\\r\\n]+", " ") : v;
        boolean quote = formula || v.startsWith("#") || v.startsWith("\"") || (format == Format.CSV && (v.indexOf(',') >= 0
                || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0));
        return quote ? DelimitedText.quoted(v) : v;
    }

    private static boolean startsLikeAFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
