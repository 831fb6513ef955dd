package dev.yomu.deck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a text file the way Anki's importer does (Anki's rslib/src/import_export/text/csv/metadata.rs and import.rs), written here
 * independently of the code under test: a header block of {@code #key:value} lines at the top, then
 * csv-core's dialect with '#' comment lines, '"' quoting with doubled quotes, no escape character,
 * text glued after a closing quote, CR/LF/CRLF terminators and blank lines skipped.
 */
final class AnkiTextParser {
    final Map<String, String> headers = new LinkedHashMap<>();
    final List<List<String>> records = new ArrayList<>();

    static AnkiTextParser parse(String text) {
        AnkiTextParser p = new AnkiTextParser();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        p.readHeaders(text);
        p.readRecords(text, delimiter(p.headers.getOrDefault("separator", "tab")));
        return p;
    }

    private void readHeaders(String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) break;
            String body = line.endsWith("\r") ? line.substring(1, line.length() - 1) : line.substring(1);
            int colon = body.indexOf(':');
            if (colon < 0) continue;
            headers.put(body.substring(0, colon).trim().toLowerCase(Locale.ROOT), body.substring(colon + 1));
        }
    }

    private static char delimiter(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "tab", "\t" -> '\t';
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            default -> throw new IllegalArgumentException("separator " + value);
        };
    }

    private void readRecords(String s, char delim) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                i++;
                continue;
            }
            if (c == '#') {
                int lf = s.indexOf('\n', i);
                i = lf < 0 ? n : lf + 1;
                continue;
            }
            List<String> fields = new ArrayList<>();
            while (true) {
                StringBuilder sb = new StringBuilder();
                if (i < n && s.charAt(i) == '"') {
                    i++;
                    while (i < n) {
                        char q = s.charAt(i);
                        if (q == '"' && i + 1 < n && s.charAt(i + 1) == '"') {
                            sb.append('"');
                            i += 2;
                        } else if (q == '"') {
                            i++;
                            break;
                        } else {
                            sb.append(q);
                            i++;
                        }
                    }
                }
                while (i < n && s.charAt(i) != delim && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                    sb.append(s.charAt(i++));
                }
                fields.add(sb.toString());
                if (i < n && s.charAt(i) == delim) {
                    i++;
                    continue;
                }
                if (i < n && s.charAt(i) == '\r') i++;
                if (i < n && s.charAt(i) == '\n') i++;
                break;
            }
            records.add(fields);
        }
    }

    /** Undoes the writer's HTML: entities back to characters, {@code <br>} back to a line break. */
    static String unhtml(String cell) {
        return cell.replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
