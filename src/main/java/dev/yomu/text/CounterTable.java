package dev.yomu.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How a number and its counter are read together (6分 ろっぷん, 1人 ひとり, 20日 はつか), from
 * counters.tsv, which names its sources and explains its columns. Loaded once per JVM.
 */
public final class CounterTable {
    /** Column order after counter and base: 何, 1..10, 100, 1000, 10000. */
    private static final int WHAT = 0, TEN = 10, HUNDRED = 11, THOUSAND = 12, TEN_THOUSAND = 13;
    private static final String NONE = "-";

    private record Row(String base, String[] forms) {}

    private static final Map<String, Row> ROWS = new HashMap<>();
    private static final Map<String, String> EXACT = new HashMap<>();      // "人/1" -> ひとり
    private static final Map<String, String> EXACT_DATE = new HashMap<>(); // "日/1" -> ついたち
    private static final Map<String, String> SAME = new HashMap<>();       // か月 -> ヶ月
    private static int longest;

    static {
        load();
    }

    private CounterTable() {}

    /** @return the counters in the table, every spelling included */
    public static Set<String> counters() {
        Set<String> all = new java.util.TreeSet<>(ROWS.keySet());
        all.addAll(SAME.keySet());
        return all;
    }

    /** @return the length of the longest counter spelling, for prefix matching */
    static int longestCounter() {
        return longest;
    }

    /** @return whether s is a counter of the table in any spelling */
    public static boolean isCounter(String s) {
        return ROWS.containsKey(s) || SAME.containsKey(s);
    }

    /**
     * @param n       the number, >= 0
     * @param counter a counter of the table
     * @param date    whether the number is a day of a month (4月1日): 1日 is then ついたち
     * @return the number and counter read as one word, or "" when the table has no reading for them
     */
    public static String read(long n, String counter, boolean date) {
        String c = SAME.getOrDefault(counter, counter);
        String key = c + "/" + n;
        if (date) {
            String d = EXACT_DATE.get(key);
            if (d != null) return d;
        }
        String exact = EXACT.get(key);
        if (exact != null) return exact;
        Row row = ROWS.get(c);
        if (row == null || n <= 0 || n > Numerals.MAX) return "";
        long ones = n % 10;
        if (ones != 0) return join(n - ones == 0 ? "" : Numerals.read(n - ones), row.forms[(int) ones]);
        long tens = n % 100 / 10;
        if (tens != 0) {
            String head = n - n % 100 == 0 ? "" : Numerals.read(n - n % 100);
            return join(head + (tens == 1 ? "" : Numerals.digitReading((int) tens)), row.forms[TEN]);
        }
        if (n % 1000 != 0) return changed(Numerals.read(n), "ひゃく", row.forms[HUNDRED]);
        if (n % 10_000 != 0) return changed(Numerals.read(n), "せん", row.forms[THOUSAND]);
        if (n % 100_000_000 != 0) return changed(Numerals.read(n), "まん", row.forms[TEN_THOUSAND]);
        return row.base.equals(NONE) ? "" : Numerals.read(n) + row.base;
    }

    /** @return the counter's reading on its own (人 にん, 月 がつ), or "" when it is not in the table */
    public static String baseReading(String counter) {
        Row row = ROWS.get(SAME.getOrDefault(counter, counter));
        return row == null || row.base.equals(NONE) ? "" : row.base;
    }

    /** @return 何 + counter (何本 なんぼん), or "" when the table has none */
    public static String readWhat(String counter) {
        Row row = ROWS.get(SAME.getOrDefault(counter, counter));
        return row == null || row.forms[WHAT].equals(NONE) ? "" : row.forms[WHAT];
    }

    /** @return 数 + counter, "a few" (数日 すうじつ, 数本 すうほん), or "" when the table has none */
    public static String readSeveral(String counter) {
        String c = SAME.getOrDefault(counter, counter);
        String exact = EXACT.get(c + "/数");
        if (exact != null) return exact;
        Row row = ROWS.get(c);
        return row == null || row.base.equals(NONE) ? "" : "すう" + row.base;
    }

    private static String join(String head, String form) {
        return form.equals(NONE) ? "" : head + form;
    }

    /**
     * A round number whose last unit (ひゃく, せん, まん) changes before the counter the way the
     * table's column for that unit shows: the column has ひゃっぷん, so さんびゃく + 分 is さんびゃっぷん.
     */
    private static String changed(String number, String unit, String form) {
        if (form.equals(NONE)) return "";
        int same = 0;
        while (same < unit.length() && same < form.length() && unit.charAt(same) == form.charAt(same)) same++;
        // the number ends with the unit, perhaps voiced (びゃく, ぜん): only its tail after `same` changes
        return number.substring(0, number.length() - (unit.length() - same)) + form.substring(same);
    }

    private static void load() {
        String text;
        try (InputStream in = CounterTable.class.getResourceAsStream("counters.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource counters.tsv");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.strip().split("\t");
            switch (f[0]) {
                case "=" -> {
                    check(f.length == 4 || f.length == 5 && f[4].equals("date"), lineNo, line);
                    (f.length == 5 ? EXACT_DATE : EXACT).put(f[1] + "/" + f[2], f[3]);
                }
                case "same" -> {
                    check(f.length == 3, lineNo, line);
                    SAME.put(f[1], f[2]);
                    longest = Math.max(longest, f[1].length());
                }
                default -> {
                    check(f.length == 16, lineNo, line);
                    String[] forms = new String[14];
                    System.arraycopy(f, 2, forms, 0, 14);
                    ROWS.put(f[0], new Row(f[1], forms));
                    longest = Math.max(longest, f[0].length());
                }
            }
        }
        for (String target : SAME.values()) check(ROWS.containsKey(target), 0, "same → unknown counter " + target);
    }

    private static void check(boolean ok, int lineNo, String line) {
        if (!ok) throw new IllegalStateException("counters.tsv:" + lineNo + ": malformed row: " + line);
    }
}
