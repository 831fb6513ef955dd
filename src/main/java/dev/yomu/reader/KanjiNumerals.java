package dev.yomu.reader;

/**
 * Numbers written in digits as the dictionary writes them, in kanji: 20日 → 二十日, 24日 → 二十四日.
 * The dictionary lists the numbers whose reading is irregular (二十日 はつか, 一人 ひとり) only in kanji.
 */
final class KanjiNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String[] UNITS = {"", "十", "百", "千"};

    private KanjiNumerals() {}

    /** {@code text} with every run of ASCII digits from 1 to 9999 in kanji; other runs stay as they are. */
    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') end++;
            if (end == i) {
                sb.append(text.charAt(i++));
                continue;
            }
            String digits = text.substring(i, end);
            sb.append(digits.length() <= 4 && digits.charAt(0) != '0' ? kanji(digits) : digits);
            i = end;
        }
        return sb.toString();
    }

    /** 1 to 9999: 二千二十, 百六十九; a 1 before 十, 百 and 千 is not written. */
    private static String kanji(String digits) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < digits.length(); k++) {
            int d = digits.charAt(k) - '0';
            int unit = digits.length() - 1 - k;
            if (d == 0) continue;
            if (d > 1 || unit == 0) sb.append(DIGITS.charAt(d));
            sb.append(UNITS[unit]);
        }
        return sb.toString();
    }
}
