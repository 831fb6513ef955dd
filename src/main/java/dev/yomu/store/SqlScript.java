package dev.yomu.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements at the semicolons that end them. A semicolon or
 * {@code --} inside a quoted literal ({@code 'a;b'}, {@code 'it''s'}) or a quoted name is text, not
 * an end or a comment; {@code -- …} and {@code /* … *}{@code /} comments are dropped (so a quote or
 * semicolon in a comment is ignored too), empty statements are skipped.
 */
final class SqlScript {
    private SqlScript() {}

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = script.length();
        int i = 0;
        while (i < n) {
            char ch = script.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = closingQuote(script, i);
                cur.append(script, i, end);
                i = end;
            } else if (script.startsWith("--", i)) {
                int eol = script.indexOf('\n', i);
                i = eol < 0 ? n : eol; // the line break stays: it may separate two words
            } else if (script.startsWith("/*", i)) {
                int close = script.indexOf("*/", i + 2);
                if (close < 0) throw new IllegalArgumentException("Unclosed /* comment in a migration script");
                cur.append(' ');
                i = close + 2;
            } else if (ch == ';') {
                add(out, cur);
                i++;
            } else {
                cur.append(ch);
                i++;
            }
        }
        add(out, cur);
        return out;
    }

    /** The index just after the quote that closes the one at {@code start}; a doubled quote is one quote character inside. */
    private static int closingQuote(String script, int start) {
        char quote = script.charAt(start);
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) i += 2;
                else return i + 1;
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("Unclosed " + quote + " quote in a migration script");
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().trim();
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
    }
}
