package dev.yomu.store;

import java.util.Arrays;

/**
 * Ascending numbers packed in one column as "3 17 18": the words of a sentence, the sentences of a
 * word in an article. A row per pair would multiply the rows an import writes by the words of
 * every sentence; the lists are only ever read whole, by Java, never searched by SQL.
 */
final class NumberList {
    private static final long[] NONE = {};

    private NumberList() {}

    static String encode(long[] numbers) {
        long[] sorted = numbers.clone();
        Arrays.sort(sorted);
        StringBuilder sb = new StringBuilder(sorted.length * 5);
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(sorted[i]);
        }
        return sb.toString();
    }

    static long[] decode(String packed) {
        if (packed == null || packed.isEmpty()) return NONE;
        long[] out = new long[count(packed)];
        int n = 0;
        long value = 0;
        for (int i = 0; i < packed.length(); i++) {
            char ch = packed.charAt(i);
            if (ch == ' ') {
                out[n++] = value;
                value = 0;
            } else {
                value = value * 10 + (ch - '0');
            }
        }
        out[n] = value;
        return out;
    }

    private static int count(String packed) {
        int n = 1;
        for (int i = 0; i < packed.length(); i++) if (packed.charAt(i) == ' ') n++;
        return n;
    }
}
