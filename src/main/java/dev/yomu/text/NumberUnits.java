package dev.yomu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins a number and its counter into one token read as a unit, since IPADIC reads each part alone
 * (4 + 月 つき, 6 + 分 ふん, 一 + 人 にん) while a reader says しがつ, ろっぷん, ひとり. Readings come from
 * {@link CounterTable}. A number without a counter is read too when it is not plain digits
 * (7万 ななまん) or follows 第 (第1 だいいち); plain digits need no furigana.
 *
 * <p>The joined token has pos 名詞 and posDetail {@value #NUMBER}, so it is neither a study word nor
 * part of a compound (8月末 is 8月 + 末, not 8 + 月末).
 */
public final class NumberUnits {
    /**
     * posDetail of a number this class has read (joined or not). It starts with IPADIC's 数, so every
     * rule about numbers applies, and tells a read number from IPADIC's own (一 いち before 人).
     */
    public static final String NUMBER = "数,読み済";

    /** What may follow a counter inside one IPADIC token (日間, 回目, 月末), with its reading there. */
    private static final Map<String, String> AFTER_COUNTER = Map.ofEntries(
            Map.entry("間", "かん"), Map.entry("目", "め"), Map.entry("後", "ご"), Map.entry("前", "まえ"),
            Map.entry("末", "まつ"), Map.entry("中", "じゅう"), Map.entry("半", "はん"), Map.entry("度", "ど"),
            Map.entry("付", "づけ"), Map.entry("分", "ぶん"), Map.entry("線", "せん"));

    private NumberUnits() {}

    /**
     * @param tokens one sentence's tokens in order
     * @return the tokens with each number + counter (and each readable bare number) joined into one
     */
    public static List<Token> join(List<Token> tokens) {
        List<Token> out = null; // allocated on the first change: most sentences have no number
        int i = 0;
        while (i < tokens.size()) {
            Token minutes = minutesWord(tokens, i);
            if (minutes != null) {
                if (out == null) out = new ArrayList<>(tokens.subList(0, i));
                out.add(minutes);
                i++;
                continue;
            }
            int end = numberEnd(tokens, i);
            int consumed = end > i ? joinAt(tokens, i, end, out == null ? (out = new ArrayList<>(tokens.subList(0, i))) : out) : 0;
            if (consumed == 0) {
                if (out != null) out.add(tokens.get(i));
                i++;
            } else {
                i += consumed;
            }
        }
        return out == null ? tokens : out;
    }

    /** @return the index after the run of number tokens starting at i, or i when none starts there */
    private static int numberEnd(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!isNumber(first)) return i;
        if (isWord(first)) return i + 1; // 何, 数: a run of their own
        if (i > 0 && tokens.get(i - 1).end() == first.begin()
                && (touchesLatin(tokens.get(i - 1), true) || endsWithDigit(tokens.get(i - 1)))) return i; // F-15, 9.11, 1.7兆
        int end = i + 1;
        while (end < tokens.size() && isNumber(tokens.get(end)) && !isWord(tokens.get(end))
                && tokens.get(end).begin() == tokens.get(end - 1).end()) end++;
        return end;
    }

    /**
     * Joins tokens [i, end) with the counter after them, if any.
     *
     * @return how many tokens of the input were consumed, 0 when nothing was joined
     */
    private static int joinAt(List<Token> tokens, int i, int end, List<Token> out) {
        Token first = tokens.get(i);
        Token next = end < tokens.size() && tokens.get(end).begin() == tokens.get(end - 1).end() ? tokens.get(end) : null;
        if (next != null && touchesLatin(next, false)) return 0;
        StringBuilder written = new StringBuilder();
        for (int k = i; k < end; k++) written.append(tokens.get(k).surface());
        String number = written.toString();
        long value = isWord(first) ? -1 : Numerals.valueOf(number);
        if (!isWord(first) && value < 0) return 0;

        String counter = next == null ? "" : counterAt(next.surface());
        if (!counter.isEmpty()) {
            String rest = next.surface().substring(counter.length());
            String restReading = rest.isEmpty() ? "" : AFTER_COUNTER.get(rest);
            if (restReading != null) {
                if (rest.equals("中") && counter.equals("月")) restReading = "ちゅう";
                if (number.equals("十") && counter.equals("分") && rest.isEmpty()
                        && !isTime(i > 0 ? tokens.get(i - 1) : null, end + 1 < tokens.size() ? tokens.get(end + 1) : null, null, false)) {
                    out.add(new Token("十分", "十分", "じゅうぶん", "じゅうぶん", "名詞", "形容動詞語幹", first.begin(), next.end()));
                    return end - i + 1;
                }
                boolean date = isDate(tokens, i, out)
                        || rest.equals("付") || rest.isEmpty() && isDateAfter(end + 1 < tokens.size() ? tokens.get(end + 1) : null);
                String reading = withoutLeadingOne(number, read(number, value, counter, date));
                if (!reading.isEmpty() && !(counter.equals("月") && value > 12)) {
                    out.add(token(number + counter, reading, first.begin(), next.begin() + counter.length()));
                    if (!rest.isEmpty())
                        out.add(new Token(rest, rest, restReading, restReading, "名詞", "接尾,一般",
                                next.begin() + counter.length(), next.end()));
                    return end - i + 1;
                }
            }
        }
        // A bare number: read it when a reader could not just read the digits.
        if (value < 0) return 0;
        boolean afterDai = i > 0 && tokens.get(i - 1).surface().equals("第") && tokens.get(i - 1).end() == first.begin();
        if (!afterDai && !hasBigUnit(number)) return 0;
        String reading = withoutLeadingOne(number, Numerals.read(value));
        out.add(token(number, reading, first.begin(), tokens.get(end - 1).end()));
        return end - i;
    }

    /**
     * A number written from a unit on (万人 after 数, 千万円 after 何) has no one before the unit:
     * 数万人 is すう + まんにん, 数千万円 すう + せんまんえん, not いちまんにん or いっせんまんえん.
     */
    private static String withoutLeadingOne(String number, String reading) {
        boolean fromUnit = "十百千万億兆".indexOf(number.charAt(0)) >= 0;
        return fromUnit && (reading.startsWith("いち") || reading.startsWith("いっ")) ? reading.substring(2) : reading;
    }

    /** Words before a 分 that make it minutes: あと十分 "ten more minutes", 約十分. */
    private static final Set<String> TIME_BEFORE = Set.of("あと", "約", "およそ", "わずか", "残り", "毎", "最低", "最長",
            "最短", "ほんの", "たった", "もう");
    /** How what follows a 分 starts when it is minutes: 十分後, 何分待てば, 何分かかる. */
    private static final List<String> TIME_AFTER = List.of("後", "前", "間", "以内", "おき", "ごと", "遅れ", "足らず",
            "ほど", "程度", "経", "早", "遅", "余り", "くらい", "ぐらい", "近く", "弱");
    private static final List<String> TIME_AFTER_WHAT = List.of("待", "かか", "掛か", "で", "に", "も");

    /**
     * 十分 is "enough" (じゅうぶん) unless the words around make it ten minutes; 何分 is なにぶん
     * ("anyhow") unless they make it "how many minutes".
     */
    private static boolean isTime(Token before, Token after, Token afterNext, boolean what) {
        if (before != null && TIME_BEFORE.contains(before.surface())) return true;
        if (after == null) return false;
        for (String s : TIME_AFTER) if (after.surface().startsWith(s)) return true;
        // 何分にも is the adverb "after all" (なにぶんにも), not "at how many minutes, too".
        if (what && after.surface().equals("に") && afterNext != null && afterNext.surface().startsWith("も")) return false;
        if (what) for (String s : TIME_AFTER_WHAT) if (after.surface().startsWith(s)) return true;
        return false;
    }

    /** IPADIC's one-token 何分 (なにぶん) or 十分 (じゅうぶん) when the sentence means minutes. */
    private static Token minutesWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean what = t.surface().equals("何分");
        if (!what && !t.surface().equals("十分")) return null;
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        Token afterNext = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
        if (!isTime(before, after, afterNext, what)) return null;
        return token(t.surface(), what ? CounterTable.readWhat("分") : CounterTable.read(10, "分", false), t.begin(), t.end());
    }

    private static String read(String number, long value, String counter, boolean date) {
        return switch (number) {
            case "何" -> CounterTable.readWhat(counter);
            case "数" -> CounterTable.readSeveral(counter);
            default -> CounterTable.read(value, counter, date);
        };
    }

    /**
     * @param number a token this class produced ({@link #NUMBER})
     * @return the counter it ends with (人 of 169人), or "" for a bare number
     */
    public static String counterOf(Token number) {
        String s = number.surface();
        int i = 0;
        while (i < s.length() && (Numerals.isNumeralChar(s.charAt(i)) || s.charAt(i) == '何' || s.charAt(i) == '数')) i++;
        return i == 0 || i == s.length() ? "" : s.substring(i);
    }

    /** The longest counter the token's surface starts with, or "". */
    private static String counterAt(String surface) {
        for (int len = Math.min(CounterTable.longestCounter(), surface.length()); len >= 1; len--) {
            String prefix = surface.substring(0, len);
            if (CounterTable.isCounter(prefix)) return prefix;
        }
        return "";
    }

    /** A day of the month: the number follows a month (4月1日, 毎月1日, 今月一日). */
    private static boolean isDate(List<Token> tokens, int i, List<Token> out) {
        Token before = out.isEmpty() ? null : out.get(out.size() - 1);
        return before != null && before.end() == tokens.get(i).begin() && before.surface().endsWith("月");
    }

    /** What follows a day of the month in news (1日、首相は / 1日午前 / 1日付): a date, not "one day". */
    private static final List<String> DATE_AFTER = List.of("、", "午前", "午後", "朝", "夜", "未明", "夕方", "付");

    private static boolean isDateAfter(Token after) {
        if (after == null) return false;
        for (String s : DATE_AFTER) if (after.surface().startsWith(s)) return true;
        return false;
    }

    private static Token token(String surface, String reading, int begin, int end) {
        return new Token(surface, surface, reading, reading, "名詞", NUMBER, begin, end);
    }

    private static boolean isNumber(Token t) {
        if (!t.pos().equals("名詞")) return false;
        String s = t.surface();
        if (isWord(t)) return true;
        if (!t.posDetail().startsWith("数") || s.isEmpty()) return false;
        for (int k = 0; k < s.length(); k++) if (!Numerals.isNumeralChar(s.charAt(k))) return false;
        return true;
    }

    /** 何 and 数 count with a counter (何本, 数日) but are not numbers themselves. */
    private static boolean isWord(Token t) {
        return t.surface().equals("何") || t.surface().equals("数") && t.posDetail().startsWith("数");
    }

    private static boolean endsWithDigit(Token t) {
        String s = t.surface();
        return !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1));
    }

    private static boolean hasBigUnit(String number) {
        return number.indexOf('万') >= 0 || number.indexOf('億') >= 0 || number.indexOf('兆') >= 0;
    }

    /** Latin letters, hyphens or a decimal point next to the digits: a model name or a decimal, not a count. */
    private static boolean touchesLatin(Token t, boolean before) {
        String s = t.surface();
        if (s.isEmpty()) return false;
        char c = before ? s.charAt(s.length() - 1) : s.charAt(0);
        return c < 0x80 && (Character.isLetter(c) || c == '-' || c == '.') || c == '．' || c == '－'
                || c >= 'Ａ' && c <= 'ｚ';
    }
}
