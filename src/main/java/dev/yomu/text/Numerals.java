package dev.yomu.text;

/**
 * Numbers as written in Japanese text (1918, １９１８, 千九百十八, 一九一八, 7万) and as read aloud
 * (せんきゅうひゃくじゅうはち, ななまん).
 */
public final class Numerals {
    private Numerals() {}

    /** Largest number read: readings of larger ones are not worth the risk of overflow or error. */
    static final long MAX = 9_999_999_999_999_999L;

    private static final String[] DIGITS = {"", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"};

    /** @return whether c can be part of a written number: a digit (ASCII or full-width) or a kanji numeral */
    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    /**
     * @param s a number as written: digits, kanji digits with or without 十百千, and 万 億 兆
     * @return its value, or -1 when s is not a number Yomu can read
     */
    public static long valueOf(String s) {
        if (s.isEmpty()) return -1;
        long total = 0;   // everything before the current 万/億/兆 group
        long group = 0;   // the current group below 万
        long digits = -1; // a run of plain digits (positional, 1918 or 一九一八), -1 when none
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                digits = (digits < 0 ? 0 : digits) * 10 + d;
                if (digits > MAX) return -1;
                continue;
            }
            long u = unit(c);
            if (u <= 0) return -1;
            if (u < 10_000) {
                if (digits > MAX / u) return -1;
                group += (digits < 0 ? 1 : digits) * u; // 十 alone is 10, 二十 is 20
            } else {
                // 万 alone is one 万; a written 0 before it (0万) is zero, not one.
                if (digits >= 0) group += digits;
                else if (group == 0) group = 1;
                if (group > MAX / u) return -1; // 18446745兆 would wrap around a long
                total += group * u;
                group = 0;
            }
            digits = -1;
            if (total > MAX || group > MAX) return -1;
        }
        long value = total + group + Math.max(digits, 0);
        return value > MAX ? -1 : value;
    }

    /** @return the number read aloud in hiragana (0 is れい) */
    public static String read(long n) {
        if (n < 0 || n > MAX) throw new IllegalArgumentException("cannot read " + n);
        if (n == 0) return "れい";
        StringBuilder sb = new StringBuilder();
        long[] units = {1_000_000_000_000L, 100_000_000L, 10_000L};
        String[] names = {"ちょう", "おく", "まん"};
        long rest = n;
        for (int i = 0; i < units.length; i++) {
            int g = (int) (rest / units[i]);
            rest %= units[i];
            if (g == 0) continue;
            String group = readBelow10000(g, true);
            if (i == 0 && g % 10 == 1) group = group.substring(0, group.length() - 2) + "いっ"; // いっちょう, じゅういっちょう
            else if (i == 0 && g % 10 == 8) group = group.substring(0, group.length() - 2) + "はっ"; // はっちょう
            else if (i == 0 && g % 10 == 0 && g / 10 % 10 != 0) group = group.substring(0, group.length() - 1) + "っ"; // じゅっちょう, はちじゅっちょう
            sb.append(group).append(names[i]);
        }
        if (rest > 0) sb.append(readBelow10000((int) rest, false));
        return sb.toString();
    }

    /** The reading of a single digit 1-9 as a multiplier (に for 20, きゅう for 90). */
    static String digitReading(int d) {
        return DIGITS[d];
    }

    // beforeUnit: a 千 directly before 万/億/兆 is いっせん (一千万 いっせんまん), alone it is せん.
    private static String readBelow10000(int n, boolean beforeUnit) {
        StringBuilder sb = new StringBuilder();
        int thousands = n / 1000, hundreds = n / 100 % 10, tens = n / 10 % 10, ones = n % 10;
        switch (thousands) {
            case 0 -> { }
            case 1 -> sb.append(beforeUnit && n == 1000 ? "いっせん" : "せん");
            case 3 -> sb.append("さんぜん");
            case 8 -> sb.append("はっせん");
            default -> sb.append(DIGITS[thousands]).append("せん");
        }
        switch (hundreds) {
            case 0 -> { }
            case 1 -> sb.append("ひゃく");
            case 3 -> sb.append("さんびゃく");
            case 6 -> sb.append("ろっぴゃく");
            case 8 -> sb.append("はっぴゃく");
            default -> sb.append(DIGITS[hundreds]).append("ひゃく");
        }
        if (tens == 1) sb.append("じゅう");
        else if (tens > 1) sb.append(DIGITS[tens]).append("じゅう");
        sb.append(DIGITS[ones]);
        return sb.toString();
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= '０' && c <= '９') return c - '０';
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static long unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '億' -> 100_000_000;
            case '兆' -> 1_000_000_000_000L;
            default -> 0;
        };
    }
}
