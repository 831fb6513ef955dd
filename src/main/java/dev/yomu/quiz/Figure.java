package dev.yomu.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole figure as the article writes it: the number with 万/億/兆, its counter or unit, and the
 * words that qualify it (約380億円, 1万2000人, 7万以上, 2030年代前半, 3分の1). A quiz blanks a figure
 * whole or not at all, and its wrong choices are figures of the same unit and size, written the
 * same way, so the reader has to know the number rather than spot a malformed one.
 *
 * @param text   the figure as written
 * @param type   "date:y|ym|ymd|md|m|fy|decade", "count:UNIT" or "fraction"
 * @param prefix 約, およそ, 最大 ... or ""
 * @param core   the number and its unit (380億円, 2030年代)
 * @param suffix 以上, 前半, 超 ... or ""
 * @param value  the number's value (3.8e10 for 380億; the year for a date; for a fraction its ratio)
 */
record Figure(String text, String type, String prefix, String core, String suffix, double value, int begin, int end) {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("(\\d+)");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("([\\d.,]+)(兆|億|万)?");
    private static final java.util.regex.Pattern LEADING_DIGITS = java.util.regex.Pattern.compile("^\\d+");
    private static final java.util.regex.Pattern KANJI_GROUPS = java.util.regex.Pattern.compile(".*[万億兆].*");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile(".*\\.\\d.*");

    private static final String NUM = "(?=\\d)(?:\\d+(?:\\.\\d+)?兆)?(?:\\d+(?:\\.\\d+)?億)?(?:\\d+(?:\\.\\d+)?万)?(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)?";
    // Longer units first, so 日間 is not read as 日 and キロメートル not as キロ.
    private static final String UNIT = "キロメートル|キロ|メートル|km|ヘクタール|トン|リットル|グラム|ヶ国|カ国|か国|ヶ月|カ月|か月|日間|年間|時間|分間|世帯|人|機|円|ドル|ユーロ|隻|両|発|%|％|歳|件|台|本|回|校|店|社|駅|倍|票|割|個|頭|匹|羽|階|カ所|か所|ヶ所|分|秒";
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,万億兆第])(?<pre>約|およそ|最大|最高|最低|少なくとも|延べ)?(?:"
            + "(?<decade>\\d{3,4}年代)(?<half>前半|後半|半ば|初め|初頭|末)?"
            + "|(?<ymd>\\d{3,4}年\\d{1,2}月\\d{1,2}日)|(?<ym>\\d{3,4}年\\d{1,2}月)|(?<fy>\\d{3,4}年度)|(?<md>\\d{1,2}月\\d{1,2}日)"
            + "|(?<y>\\d{3,4}年)|(?<m>\\d{1,2}月)"
            + "|(?<fraction>\\d+分の\\d+)"
            + "|(?<n>" + NUM + ")(?<unit>" + UNIT + ")"
            // 7万以上の兵力: a big round number with no counter, whole with what qualifies it.
            + "|(?<bare>\\d+(?:\\.\\d+)?(?:万|億|兆)(?:\\d+(?:万|億))?)(?=以上|以下|余り|超|近く|の))"
            + "(?<post>以上|以下|未満|余り|あまり|超|近く|前後|程度)?"
            + "(?![\\d年月日代度万億兆])");

    /** Every whole figure of a sentence, left to right. */
    static List<Figure> all(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            Figure f = of(m);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** The figure that is all of {@code text}, or null: a choice that is not one is a fragment. */
    static Figure parse(String text) {
        Matcher m = FIGURE.matcher(text);
        return m.matches() ? of(m) : null;
    }

    private static Figure of(Matcher m) {
        String pre = m.group("pre") == null ? "" : m.group("pre");
        String post = m.group("post") == null ? "" : m.group("post");
        String core;
        String type;
        double value;
        if (m.group("decade") != null) {
            core = m.group("decade");
            type = "date:decade";
            value = Integer.parseInt(core.substring(0, core.length() - 2));
            if (m.group("half") != null) post = m.group("half") + post;
        } else if (m.group("fraction") != null) {
            core = m.group("fraction");
            type = "fraction";
            String[] p = core.split("分の");
            value = Double.parseDouble(p[1]) / Double.parseDouble(p[0]);
        } else if (m.group("bare") != null) {
            core = m.group("bare");
            type = "count:";
            value = number(core);
        } else if (m.group("n") != null) {
            core = m.group("n") + m.group("unit");
            String unit = m.group("unit").replace('％', '%').replace("カ", "ヶ").replace("か", "ヶ");
            type = "count:" + unit;
            value = number(m.group("n"));
        } else {
            type = null;
            core = null;
            value = 0;
            for (String g : new String[] {"ymd", "ym", "fy", "md", "y", "m"}) {
                if (m.group(g) == null) continue;
                core = m.group(g);
                type = "date:" + g;
                Matcher d = DIGITS.matcher(core);
                value = d.find() ? Integer.parseInt(d.group(1)) : 0;
                break;
            }
            // A bare date takes no 約 or 以上 in our questions: 約3年 is a duration we do not model.
            if (!pre.isEmpty() || !post.isEmpty()) return null;
        }
        return new Figure(m.group(), type, pre, core, post, value, m.start(), m.end());
    }

    /** The value of 1万2000, 380億, 1,500 or 3.5. */
    static double number(String n) {
        double total = 0;
        Matcher m = NUMBER.matcher(n);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1).replace(",", ""));
            String big = m.group(2) == null ? "" : m.group(2);
            total += v * switch (big) {
                case "兆" -> 1e12;
                case "億" -> 1e8;
                case "万" -> 1e4;
                default -> 1;
            };
        }
        return total;
    }

    boolean isDate() {
        return type.startsWith("date:");
    }

    private static final Pattern DATE_PARTS = Pattern.compile("(?:(\\d{3,4})年度?)?(?:(\\d{1,2})月)?(?:(\\d{1,2})日)?");

    /**
     * A date's place in time, comparable only with a date of the same type (2019年4月 after 2019年3月,
     * 12月1日 after 11月29日); -1 for what is not a date or is a decade.
     */
    long chronological() {
        if (!isDate() || type.equals("date:decade")) return -1;
        Matcher m = DATE_PARTS.matcher(core);
        if (!m.matches()) return -1;
        long y = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long mo = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long d = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        return y * 10_000 + mo * 100 + d;
    }

    /** The unit after the number (人, 億円 is 円), "" for dates and fractions. */
    String unit() {
        return type.startsWith("count:") ? type.substring(6) : "";
    }

    /** This figure's wording with another value: same qualifiers, same unit, same way of writing big numbers. */
    String withValue(double v) {
        String newCore;
        switch (type) {
            case "date:decade" -> newCore = (int) v + "年代";
            case "date:y" -> newCore = (int) v + "年";
            case "date:fy" -> newCore = (int) v + "年度";
            case "date:m" -> newCore = (int) v + "月";
            case "date:ym" -> newCore = LEADING_DIGITS.matcher(core).replaceFirst(String.valueOf((int) v));
            case "date:ymd" -> newCore = LEADING_DIGITS.matcher(core).replaceFirst(String.valueOf((int) v));
            case "date:md" -> newCore = core.replaceFirst("\\d+日$", (int) v + "日");
            case "fraction" -> newCore = Math.round(1 / v) + "分の1";
            default -> newCore = write(v) + core.substring(core.length() - rawUnit().length());
        }
        return prefix + newCore + suffix;
    }

    private String rawUnit() {
        if (type.equals("count:")) return "";
        Matcher m = Pattern.compile("(" + UNIT + ")$").matcher(core);
        return m.find() ? m.group(1) : "";
    }

    private String write(double v) {
        boolean kanjiGroups = KANJI_GROUPS.matcher(core).matches();
        boolean commas = core.contains(",");
        boolean decimal = DECIMAL.matcher(core).matches() && !kanjiGroups;
        if (decimal) return String.format(Locale.ROOT, "%.1f", v);
        long n = Math.round(v);
        if (!kanjiGroups) return commas ? String.format(Locale.ROOT, "%,d", n) : Long.toString(n);
        StringBuilder sb = new StringBuilder();
        long[] sizes = {1_000_000_000_000L, 100_000_000L, 10_000L};
        String[] names = {"兆", "億", "万"};
        for (int i = 0; i < sizes.length; i++) {
            long part = n / sizes[i];
            if (part > 0) sb.append(part).append(names[i]);
            n %= sizes[i];
        }
        if (n > 0) sb.append(n);
        return sb.toString();
    }

    /**
     * Nearby values of the same size, as the article might have written them: for 1万2000 the
     * thousands around it, for 380億 the ten-oku around it, for 2019年 the years around it.
     */
    List<Double> nearby() {
        List<Double> out = new ArrayList<>();
        switch (type) {
            case "date:decade" -> { for (int k : new int[] {-20, -10, 10, 20}) out.add(value + k); }
            case "date:y", "date:fy", "date:ym", "date:ymd" -> { for (int k : new int[] {-4, -3, -2, -1, 1, 2, 3, 4}) out.add(value + k); }
            case "date:m" -> { for (int k = 1; k <= 12; k++) if (k != value) out.add((double) k); }
            case "date:md" -> { }
            case "fraction" -> { for (int d : new int[] {2, 3, 4, 5, 10}) if (Math.abs(1.0 / d - value) > 1e-9) out.add(1.0 / d); }
            default -> {
                if (DECIMAL.matcher(core).matches() && !KANJI_GROUPS.matcher(core).matches()) {
                    for (int k : new int[] {-3, -2, -1, 1, 2, 3}) if (value + k * 0.5 > 0) out.add(value + k * 0.5);
                    break;
                }
                double step = step(value);
                for (int k : new int[] {-3, -2, -1, 1, 2, 3, 4}) {
                    double v = value + k * step;
                    if (v > 0 && sameSize(v, value)) out.add(v);
                }
                if (type.equals("count:%") || type.equals("count:割")) out.removeIf(v -> v >= (type.equals("count:割") ? 10 : 100));
                if (type.equals("count:歳")) out.removeIf(v -> v >= 110);
            }
        }
        return out;
    }

    // The place of the last significant digit: 12000 → 1000, 3.8e10 → 1e9, 200 → 100, 7 → 1.
    private static double step(double v) {
        long n = Math.round(v);
        if (n <= 0) return 1;
        long step = 1;
        while (n % (step * 10) == 0) step *= 10;
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(n)));
        // 1万2000 has its last digit at the thousands; 12万 at the ten-thousands; never finer than a tenth.
        // 35分 moves in fives (30, 40), not in ones (34, 36): a one-minute difference is no test of reading.
        return Math.max(Math.max(step, magnitude / 10), n >= 20 && n < 100 ? 5 : 1);
    }

    static boolean sameSize(double a, double b) {
        return a > 0 && b > 0 && a / b <= 4 && b / a <= 4;
    }
}
