package dev.yomu.deck;

import dev.yomu.support.AtomicFiles;
import dev.yomu.support.Check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes notes as a text file for Anki's CSV importer (Anki 2.1.54+), following
 * the headers and dialect of Anki's rslib/src/import_export/text/csv/ (metadata.rs, import.rs) and the
 * manual's "Text Files" page (docs.ankiweb.net/importing/text-files.html). The file is UTF-8 without BOM, LF line ends, tab-separated, and starts with
 * headers so that nothing is guessed:
 *
 * <pre>
 * #separator:tab                 never let Anki guess the delimiter
 * #html:true                     the sentence carries &lt;b&gt;; every field is HTML-escaped
 * #notetype:Yomu Japanese        a note type with the field names of {@link #COLUMNS}
 * #deck:Yomu::&lt;title&gt;            only when all notes share one deck: preselects it in the dialog
 * #if matches:update current     a re-export updates the notes it exported before
 * #guid column:1                 stable GUIDs decide updates, not the first field
 * #tags column:9
 * #deck column:10                a deck column creates missing decks on every version
 * #columns:GUID  Expression  Reading  Furigana  Meaning  Sentence  SentenceFurigana  Article  Tags  Deck
 * </pre>
 *
 * Rows are sorted and de-duplicated by GUID, so the same notes always give the same bytes.
 */
public final class AnkiCsvWriter {
    /** The default note type. Its name contains "Japanese" so the Japanese Support add-on treats it as Japanese. */
    public static final String DEFAULT_NOTETYPE = "Yomu Japanese";
    /** The column labels; the non-meta ones are the fields the note type must have, in this order. */
    public static final List<String> COLUMNS = List.of("GUID", "Expression", "Reading", "Furigana", "Meaning",
            "Sentence", "SentenceFurigana", "Article", "Tags", "Deck");
    /** The note fields, in the order a note type for this file should declare them. */
    public static final List<String> FIELDS = COLUMNS.subList(1, 8);

    private static final int GUID_COLUMN = 1;
    private static final int TAGS_COLUMN = 9;
    private static final int DECK_COLUMN = 10;
    private static final int SLUG_MAX = 60;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern UNSAFE_FILE_CHARS = Pattern.compile("[\\\\/:*?\"<>|\\[\\]^\\x00-\\x1F\\x7F]");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private final String notetype;

    public AnkiCsvWriter() {
        this(DEFAULT_NOTETYPE);
    }

    /** @param notetype the note type preselected in Anki's import dialog (name or id) */
    public AnkiCsvWriter(String notetype) {
        Check.notBlank(notetype, "notetype");
        Check.isTrue(!notetype.contains("\n") && !notetype.contains("\r") && notetype.strip().equals(notetype),
                "The parameter 'notetype' must be one line without surrounding spaces but was '" + notetype + "'.");
        this.notetype = notetype;
    }

    /**
     * Writes the notes to {@code file} atomically (a temporary file in the same folder, then a rename).
     *
     * @return the number of notes written, after merging notes with the same GUID
     * @throws dev.yomu.support.YomuException if the folder is missing or the file cannot be written; no
     *                                        partial file is left behind
     */
    public int write(Path file, List<AnkiNote> notes) {
        Check.notNull(file, "file");
        List<AnkiNote> rows = prepare(notes);
        AtomicFiles.write(file, renderPrepared(rows).getBytes(StandardCharsets.UTF_8));
        return rows.size();
    }

    /** The file content {@link #write} writes. */
    public String render(List<AnkiNote> notes) {
        return renderPrepared(prepare(notes));
    }

    private String renderPrepared(List<AnkiNote> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, "#separator:tab");
        line(sb, "#html:true");
        line(sb, "#notetype:" + notetype);
        Set<String> decks = new TreeSet<>();
        rows.forEach(n -> decks.add(n.deck()));
        if (decks.size() == 1) line(sb, "#deck:" + decks.iterator().next());
        line(sb, "#if matches:update current");
        line(sb, "#guid column:" + GUID_COLUMN);
        line(sb, "#tags column:" + TAGS_COLUMN);
        line(sb, "#deck column:" + DECK_COLUMN);
        line(sb, "#columns:" + String.join("\t", COLUMNS));
        for (AnkiNote n : rows) DelimitedText.appendRecord(sb, fields(n), '\t', "\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String line) {
        sb.append(line).append('\n');
    }

    private static List<String> fields(AnkiNote n) {
        return Stream.of(n.guid(), html(n.expression()), html(n.reading()), html(n.furigana()),
                html(n.meaning()), boldSentence(n.sentence(), n.sentenceWord()), html(n.sentenceFurigana()),
                html(n.articleTitle()), String.join(" ", n.tags()), oneLine(n.deck()))
                .map(c -> needsQuotes(c) ? DelimitedText.quoted(c) : c).toList();
    }

    /** NFC-normalises, cleans the tags and deck, sorts, and merges notes sharing a GUID (tags are united). */
    static List<AnkiNote> prepare(List<AnkiNote> notes) {
        Check.notNull(notes, "notes");
        List<AnkiNote> clean = new ArrayList<>(notes.size());
        for (AnkiNote n : notes) clean.add(normalized(Check.notNull(n, "notes[i]")));
        clean.sort(ORDER);
        Map<String, AnkiNote> byGuid = new LinkedHashMap<>();
        for (AnkiNote n : clean) byGuid.merge(n.guid(), n, AnkiCsvWriter::mergeTags);
        return List.copyOf(byGuid.values());
    }

    private static final Comparator<AnkiNote> ORDER = Comparator.comparing(AnkiNote::deck)
            .thenComparing(AnkiNote::expression).thenComparing(AnkiNote::reading).thenComparing(AnkiNote::guid)
            .thenComparing(AnkiNote::furigana).thenComparing(AnkiNote::meaning).thenComparing(AnkiNote::sentence)
            .thenComparing(AnkiNote::sentenceWord).thenComparing(AnkiNote::sentenceFurigana)
            .thenComparing(AnkiNote::articleTitle).thenComparing(n -> String.join(" ", n.tags()));

    private static AnkiNote mergeTags(AnkiNote kept, AnkiNote dropped) {
        List<String> tags = new ArrayList<>(kept.tags());
        tags.addAll(dropped.tags());
        return withTags(kept, cleanTags(tags));
    }

    private static AnkiNote normalized(AnkiNote n) {
        Function<String, String> f = AnkiCsvWriter::nfc;
        return new AnkiNote(f.apply(n.guid()), f.apply(n.expression()), f.apply(n.reading()), f.apply(n.furigana()),
                f.apply(n.meaning()), f.apply(n.sentence()), f.apply(n.sentenceWord()), f.apply(n.sentenceFurigana()),
                f.apply(n.articleTitle()), oneLine(f.apply(n.deck())), cleanTags(n.tags()));
    }

    private static AnkiNote withTags(AnkiNote n, List<String> tags) {
        return new AnkiNote(n.guid(), n.expression(), n.reading(), n.furigana(), n.meaning(), n.sentence(),
                n.sentenceWord(), n.sentenceFurigana(), n.articleTitle(), n.deck(), tags);
    }

    /** Tags split on whitespace and are de-duplicated case-insensitively in Anki (rslib/src/import_export/text/import.rs). */
    private static List<String> cleanTags(List<String> tags) {
        Map<String, String> byLower = new TreeMap<>();
        for (String t : tags) {
            String tag = tag(t);
            if (!tag.isEmpty()) byLower.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        return List.copyOf(byLower.values());
    }

    /** One Anki tag: NFC, no control characters, whitespace runs (also U+3000, NBSP) become '_'. */
    public static String tag(String text) {
        Check.notNull(text, "text");
        String t = CONTROL.matcher(nfc(text)).replaceAll("");
        return SPACES.matcher(t.strip()).replaceAll("_");
    }

    /** {@code Yomu::<title>}; ':' in the title becomes '：' so the title cannot add deck levels. */
    public static String deckFor(String articleTitle) {
        Check.notNull(articleTitle, "articleTitle");
        String title = oneLine(nfc(articleTitle)).replace(':', '：');
        return "Yomu::" + (title.isEmpty() ? "Untitled" : title);
    }

    /**
     * A readable, file-system safe name for an article's export file, without extension: Japanese
     * stays as is, characters Windows, macOS or Anki's media rules forbid become '-', whitespace becomes
     * '-', at most 60 characters. Append {@code .txt}, {@code .tsv} or {@code .csv}: Anki's import
     * dialog only offers those.
     */
    public static String slug(String title) {
        Check.notNull(title, "title");
        String s = UNSAFE_FILE_CHARS.matcher(nfc(title)).replaceAll("-");
        s = SPACES.matcher(s).replaceAll("-").replaceAll("-{2,}", "-");
        s = trimEnds(s);
        if (s.codePointCount(0, s.length()) > SLUG_MAX) s = trimEnds(s.substring(0, s.offsetByCodePoints(0, SLUG_MAX)));
        if (s.isEmpty()) return "article";
        return WINDOWS_DEVICE.matcher(s).matches() ? s + "-" : s;
    }

    /**
     * An ASCII-only slug for tags: lower-case letters, digits and '-'. Titles with other characters (a
     * Japanese title) get a short hash of the title appended, so different titles keep different tags.
     */
    public static String asciiSlug(String title) {
        Check.notNull(title, "title");
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String s = trimEnds(folded.replaceAll("[^a-z0-9]+", "-"));
        if (s.length() > 40) s = trimEnds(s.substring(0, 40));
        boolean lossless = folded.replaceAll("[a-z0-9\\s\\p{Punct}]", "").isEmpty();
        if (lossless && !s.isEmpty()) return s;
        String hash = shortHash(nfc(title));
        return s.isEmpty() ? "article-" + hash : s + "-" + hash;
    }

    private static String trimEnds(String s) {
        return s.replaceAll("^[-.\\s]+|[-.\\s]+$", "");
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw Check.wtf("every Java platform has SHA-256");
        }
    }

    /** The sentence, HTML-escaped, with the first occurrence of the word in {@code <b>}. */
    static String boldSentence(String sentence, String word) {
        int at = word.isEmpty() ? -1 : sentence.indexOf(word);
        if (at < 0) return html(sentence);
        return html(sentence.substring(0, at)) + "<b>" + html(word) + "</b>" + html(sentence.substring(at + word.length()));
    }

    /**
     * Text as HTML for {@code #html:true}: {@code & < > "} escaped, line breaks as {@code <br>}, tabs as
     * spaces, other control characters dropped (Anki drops them too when it reads HTML fields).
     */
    static String html(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append(' ');
                case '\n' -> sb.append("<br>");
                case '\r' -> {
                    sb.append("<br>");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                }
                default -> {
                    if (c >= 0x20 && c != 0x7F) sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /**
     * Quotes a cell the way Anki's own writer does (rslib/src/import_export/text/csv/export.rs): when it contains the tab,
     * {@code "}, CR, LF or {@code #} (a row starting with {@code #} would be skipped as a comment).
     */
    private static boolean needsQuotes(String cell) {
        return cell.indexOf('\t') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || cell.indexOf('#') >= 0;
    }

    private static String oneLine(String s) {
        return SPACES.matcher(CONTROL.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
