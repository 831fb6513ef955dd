package dev.yomu.deck;

import java.util.ArrayList;
import java.util.List;

/**
 * Yomu's one reader and writer of delimited text (CSV, TSV, Anki's text files).
 *
 * <p>Reading uses the dialect Anki's importer uses (Anki's rslib/src/import_export/text/csv/import.rs, build_csv_reader: the csv crate with
 * comments on {@code #}, double quotes, flexible records): a record
 * starting with {@code #} is a comment, a field starting with {@code "} is quoted ({@code ""} is a
 * quote; delimiters and line breaks inside are literal), CR, LF or CRLF end a record, blank lines are
 * skipped.
 *
 * <p>Writing quotes a cell in that same way ({@code "} around it, an inner {@code "} doubled), so
 * whatever is written reads back as it was; which cells need quotes is each writer's rule (Anki's
 * importer and a spreadsheet differ).
 */
final class DelimitedText {
    private DelimitedText() {}

    /** A delimiter that never occurs: each line is one field. */
    static final char NO_DELIMITER = '\uFFFF';

    static List<List<String>> records(String s, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        int[] at = {0};
        while (at[0] < s.length()) {
            char c = s.charAt(at[0]);
            if (c == '\r' || c == '\n') {
                at[0]++;
            } else if (c == '#') {
                at[0] = endOfLine(s, at[0]);
            } else {
                records.add(record(s, delimiter, at));
            }
        }
        return records;
    }

    /** Appends one record: the fields (each already {@link #quoted} where the writer's rule says so) joined by the delimiter, then the line end. */
    static void appendRecord(StringBuilder sb, List<String> fields, char delimiter, String lineEnd) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(delimiter);
            sb.append(fields.get(i));
        }
        sb.append(lineEnd);
    }

    /** The cell in double quotes, an inner quote doubled: the only quoting {@link #records} reads back. */
    static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** The text without its '#' lines, to look for a delimiter. */
    static String withoutCommentLines(String s) {
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            if (!line.startsWith("#")) sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static int endOfLine(String s, int from) {
        int lf = s.indexOf('\n', from);
        return lf < 0 ? s.length() : lf + 1;
    }

    private static List<String> record(String s, char delimiter, int[] at) {
        List<String> fields = new ArrayList<>();
        while (true) {
            StringBuilder field = new StringBuilder();
            int i = at[0];
            if (i < s.length() && s.charAt(i) == '"') i = quoted(s, i + 1, field);
            while (i < s.length() && s.charAt(i) != delimiter && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                field.append(s.charAt(i++));
            }
            fields.add(field.toString());
            if (i < s.length() && s.charAt(i) == delimiter) {
                at[0] = i + 1;
                continue;
            }
            if (i < s.length() && s.charAt(i) == '\r') i++;
            if (i < s.length() && s.charAt(i) == '\n') i++;
            at[0] = i;
            return fields;
        }
    }

    /** Reads a quoted field's content from just after the opening quote; returns the index after the closing one. */
    private static int quoted(String s, int i, StringBuilder field) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '"') {
                field.append(c);
                i++;
            } else if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else {
                return i + 1;
            }
        }
        return i;
    }
}
