package dev.yomu.text;

import dev.yomu.support.Check;

import java.text.Normalizer;

/**
 * Normalises decoded text for the tokenizer and makes it safe to print. Imported text ends up on the
 * learner's terminal, so escape sequences and control characters are removed here, once, before
 * anything is stored.
 *
 * <p>Full NFKC is not applied: it would turn 「！？（）：～」 into ASCII look-alikes, ① into 1 and the
 * ideographic space into a plain space, which changes how the text reads and how it tokenizes. Only
 * the mappings that help are applied: half-width katakana (and ｢｣､｡･) to full-width, and full-width
 * ASCII letters and digits to ASCII. NFC is applied to the whole text so that decomposed kana
 * (か + ゙ from macOS file systems) compose.
 */
public final class TextCleaner {
    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char BACKSPACE = 0x08;

    /** Returns the cleaned text: LF line breaks, no controls except LF, no escapes, no invisible characters. */
    public String clean(String text) {
        Check.notNull(text, "text");
        String noEscapes = applyBackspaces(stripEscapes(text));
        String normalised = Normalizer.normalize(noEscapes, Normalizer.Form.NFC);
        return trimLineEnds(mapCharacters(normalised));
    }

    /** Removes CSI, OSC and other ESC sequences; the C1 forms (0x9B CSI, 0x9D OSC) too. */
    static String stripEscapes(String s) {
        if (s.indexOf(ESC) < 0 && s.chars().noneMatch(c -> c >= 0x80 && c <= 0x9F)) return s;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ESC) i = skipEscape(s, i + 1);
            else if (c == 0x9B) i = skipCsi(s, i + 1);
            else if (c == 0x9D || c == 0x90 || c == 0x98 || c == 0x9E || c == 0x9F) i = skipString(s, i + 1);
            else { out.append(c); i++; }
        }
        return out.toString();
    }

    /**
     * A backspace in a text comes from a terminal: a typed correction echoed as "\b \b", or the
     * overstrike of old manuals ("_\bA" for an underlined A). On the screen it took back what stood
     * before it, so it does here: one column per backspace, and a wide character (kanji, kana) takes
     * two. It never reaches back over a line break.
     */
    static String applyBackspaces(String s) {
        if (s.indexOf(BACKSPACE) < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int columnsBack = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c != BACKSPACE) {
                out.appendCodePoint(c);
                columnsBack = 0;
                continue;
            }
            if (out.length() == 0) continue;
            int last = out.codePointBefore(out.length());
            if (last == '\n' || last == '\r') continue;
            columnsBack++;
            if (columnsBack >= columns(last)) {
                out.setLength(out.length() - Character.charCount(last));
                columnsBack = 0;
            }
        }
        return out.toString();
    }

    /** Columns a character takes on a terminal: two for the East Asian wide ones. */
    private static int columns(int c) {
        boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** i points after ESC; returns the index after the whole sequence (a lone ESC is just dropped). */
    private static int skipEscape(String s, int i) {
        if (i >= s.length()) return i;
        char c = s.charAt(i);
        if (c == '[') return skipCsi(s, i + 1);
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') return skipString(s, i + 1);
        if (c >= 0x20 && c <= 0x2F) return skipNf(s, i);
        if (c >= 0x30 && c <= 0x7E) return i + 1; // two-character sequences: ESC 7, ESC c, ESC M ...
        return i; // lone ESC: drop it, keep what follows
    }

    /** CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E. */
    private static int skipCsi(String s, int i) {
        while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x3F) i++;
        if (i < s.length() && s.charAt(i) >= 0x40 && s.charAt(i) <= 0x7E) i++;
        return i;
    }

    /** ESC ( B and friends: intermediates then one final byte. */
    private static int skipNf(String s, int i) {
        while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2F) i++;
        if (i < s.length() && s.charAt(i) >= 0x30 && s.charAt(i) <= 0x7E) i++;
        return i;
    }

    /**
     * OSC/DCS/APC strings end with BEL or ST (ESC \ or 0x9C). An unterminated one is cut at the end of
     * its line, so a stray ESC ] cannot swallow the rest of an article.
     */
    private static int skipString(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == BEL || c == 0x9C) return i + 1;
            if (c == ESC && i + 1 < s.length() && s.charAt(i + 1) == '\\') return i + 2;
            if (c == '\n' || c == '\r') return i;
            i++;
        }
        return i;
    }

    private static String mapCharacters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (isHalfWidthKana(c)) {
                int end = i;
                while (end < s.length() && isHalfWidthKana(s.charAt(end))) end++;
                out.append(Normalizer.normalize(s.substring(i, end), Normalizer.Form.NFKC));
                i = end;
                continue;
            }
            appendMapped(out, s, i, c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static void appendMapped(StringBuilder out, String s, int i, int c) {
        if (c == '\r') {
            boolean crlf = i + 1 < s.length() && s.charAt(i + 1) == '\n';
            if (!crlf) out.append('\n'); // in CRLF the LF that follows is kept
        } else if (c == '\n' || c == 0x0B || c == '\f' || c == 0x85 || c == 0x2028 || c == 0x2029) {
            out.append('\n');
        } else if (c == '\t' || isOddSpace(c)) {
            out.append(' ');
        } else if (isFullWidthAlnum(c)) {
            out.append((char) (c - 0xFEE0));
        } else if (!isInvisible(c)) {
            out.appendCodePoint(c);
        }
    }

    static boolean isHalfWidthKana(int c) {
        return c >= 0xFF61 && c <= 0xFF9F;
    }

    private static boolean isFullWidthAlnum(int c) {
        return (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    /** No-break and typographic spaces become plain spaces; the ideographic space U+3000 is kept. */
    private static boolean isOddSpace(int c) {
        return c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
    }

    /**
     * Characters that must not reach the terminal or the tokenizer: controls, zero-width characters,
     * BOMs, bidi overrides (they can reorder what the terminal shows), soft hyphens, variation
     * selectors (an IVS after a kanji hides it from the dictionary) and lone surrogates.
     */
    static boolean isInvisible(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F)
                || c == 0xFEFF || c == 0x00AD || c == 0x180E || c == 0x034F
                || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0xE0000 && c <= 0xE007F)
                || Character.getType(c) == Character.SURROGATE;
    }

    /** Trailing spaces are invisible noise; leading ones are kept because they mark paragraphs. */
    private static String trimLineEnds(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int lineStart = 0;
        while (lineStart <= s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = s.length();
            int end = lineEnd;
            while (end > lineStart && s.charAt(end - 1) == ' ') end--;
            out.append(s, lineStart, end);
            if (lineEnd < s.length()) out.append('\n');
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }
}
