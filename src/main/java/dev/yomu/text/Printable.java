package dev.yomu.text;

/**
 * Text made safe to print on a terminal. Control characters (C0, DEL, C1, so every escape sequence
 * loses its ESC or CSI) and invisible format characters (bidi overrides, zero-width joiners) are
 * removed; a tab becomes a space. Whatever a stored text holds, it cannot move the cursor, change
 * colours or retitle the window.
 */
public final class Printable {
    private Printable() {}

    public static String clean(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean keep = cp != '\t' && !isUnsafe(cp);
            if (!keep && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            if (sb != null) {
                if (keep) sb.appendCodePoint(cp);
                else if (cp == '\t') sb.append(' ');
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isUnsafe(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || cp == 0x2028 || cp == 0x2029;
    }
}
