package dev.yomu.deck;

import dev.yomu.support.Check;
import dev.yomu.support.YomuException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list of words the learner already knows: a plain list (one word per line), or a CSV/TSV
 * whose first column is the word, such as Anki's "Notes in Plain Text" export. It tolerates a BOM,
 * Anki's {@code #key:value} headers (a {@code #guid column} or other meta column before the word is
 * skipped), {@code #} comment lines, quoted fields, a header row ({@code word}, {@code lemma},
 * {@code Expression} ...), HTML and furigana ({@code 認[みと]める} is read as 認める).
 */
public final class KnownWordsReader {
    private KnownWordsReader() {}

    private static final Set<String> HEADER_WORDS = Set.of("word", "words", "lemma", "expression", "vocab",
            "vocabulary", "front", "kanji", "単語", "語", "見出し語", "表面");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]*\\]");
    private static final Pattern READING = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");

    /**
     * The distinct words of the file, in file order.
     *
     * @throws YomuException if the file is missing, unreadable or not UTF-8
     */
    public static List<String> read(Path file) {
        Check.notNull(file, "file");
        try {
            byte[] bytes = Files.readAllBytes(file);
            return parse(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (NoSuchFileException e) {
            throw YomuException.invalidInput("The file " + file + " does not exist.", e);
        } catch (CharacterCodingException e) {
            throw YomuException.invalidInput("The file " + file + " is not UTF-8 text; save it as UTF-8 and try again.", e);
        } catch (IOException e) {
            throw YomuException.invalidInput("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The distinct words of the text, in order. */
    public static List<String> parse(String text) {
        Check.notNull(text, "text");
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = withoutLegacyTagsLine(s);
        Map<String, String> headers = headers(s);
        char delimiter = delimiter(headers, s);
        int column = wordColumn(headers);
        Set<String> words = new LinkedHashSet<>();
        boolean first = true;
        for (List<String> record : DelimitedText.records(s, delimiter)) {
            if (record.size() < column) continue;
            String word = clean(record.get(column - 1));
            boolean headerRow = first && HEADER_WORDS.contains(word.toLowerCase(Locale.ROOT));
            first = false;
            if (!word.isEmpty() && !headerRow) words.add(word);
        }
        return List.copyOf(words);
    }

    /** Old Anki files may start with a {@code tags:} line (Anki's csv metadata.rs reads it as a header); it holds no word. */
    private static String withoutLegacyTagsLine(String s) {
        if (!s.startsWith("tags:")) return s;
        int lf = s.indexOf('\n');
        return lf < 0 ? "" : s.substring(lf + 1);
    }

    /** Anki's header block: the {@code #key:value} lines at the very top (Anki's csv metadata.rs, parse_meta_lines). */
    private static Map<String, String> headers(String s) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : s.split("\n", -1)) {
            if (!line.startsWith("#")) break;
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String value = line.substring(colon + 1);
            headers.put(line.substring(1, colon).trim().toLowerCase(Locale.ROOT),
                    value.endsWith("\r") ? value.substring(0, value.length() - 1) : value);
        }
        return headers;
    }

    private static char delimiter(Map<String, String> headers, String s) {
        String raw = headers.getOrDefault("separator", "");
        if (raw.equals("\t") || raw.equals(" ")) return raw.charAt(0);
        switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "tab": return '\t';
            case "comma": case ",": return ',';
            case "semicolon": case ";": return ';';
            case "pipe": case "|": return '|';
            case "colon": case ":": return ':';
            case "space": return ' ';
            default: break;
        }
        String body = DelimitedText.withoutCommentLines(s);
        if (body.indexOf('\t') >= 0) return '\t';
        if (body.indexOf(',') >= 0) return ',';
        if (body.indexOf(';') >= 0) return ';';
        return DelimitedText.NO_DELIMITER;
    }

    /** 1-based: the first column that is not one of Anki's meta columns (guid, notetype, deck, tags). */
    private static int wordColumn(Map<String, String> headers) {
        Set<Integer> meta = new TreeSet<>();
        for (String key : List.of("guid column", "notetype column", "deck column", "tags column")) {
            String v = headers.get(key);
            if (v != null && v.trim().matches("\\+?[0-9]{1,6}")) meta.add(Integer.parseInt(v.trim().replace("+", "")));
        }
        int column = 1;
        while (meta.contains(column)) column++;
        return column;
    }

    /** Plain text of an exported field: no HTML, no sound tags, no furigana readings. */
    static String clean(String field) {
        String s = HTML_TAG.matcher(field).replaceAll("");
        s = SOUND.matcher(s).replaceAll("");
        s = decodeEntities(s);
        if (READING.matcher(s).find()) {
            // Anki furigana puts an ASCII space before kanji groups (お 茶[ちゃ]); it is not part of the word.
            s = READING.matcher(s).replaceAll("").replace(" ", "");
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u3000', ' ').strip();
    }

    private static String decodeEntities(String s) {
        return ENTITY.matcher(s).replaceAll(m -> {
            String e = m.group(1);
            String decoded;
            if (e.startsWith("#x") || e.startsWith("#X")) decoded = codePoint(e.substring(2), 16);
            else if (e.startsWith("#")) decoded = codePoint(e.substring(1), 10);
            else decoded = NAMED.get(e.toLowerCase(Locale.ROOT));
            return Matcher.quoteReplacement(decoded == null ? m.group() : decoded);
        });
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
