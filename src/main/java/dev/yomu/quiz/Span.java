package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blankable piece of a sentence: a date, a count or a named entity, with its type so distractors
 * can be of the same type (1918年3月 with other year-months, 169人 with other head counts, 英国
 * with other places).
 */
record Span(String text, String type, int begin, int end) {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(?:"
            + "(?<ymd>\\d{3,4}年\\d{1,2}月\\d{1,2}日)|(?<ym>\\d{3,4}年\\d{1,2}月)|(?<md>\\d{1,2}月\\d{1,2}日)"
            + "|(?<y>\\d{3,4}年)|(?<m>\\d{1,2}月)"
            + "|(?<n>\\d+(?:\\.\\d+)?(?:万|億|兆)?)(?<unit>人|機|ヶ国|カ国|か国|円|ドル|隻|両|発|%|％|キロ|歳|日間|年間|ヶ月|カ月))"
            + "(?![\\d年月日])");

    /** Dates and counts in a sentence, left to right. */
    static List<Span> numbers(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(new Span(m.group(), numberType(m), m.start(), m.end()));
        return out;
    }

    private static String numberType(Matcher m) {
        for (String g : new String[] {"ymd", "ym", "md", "y", "m"}) if (m.group(g) != null) return "date:" + g;
        return "count:" + m.group("unit");
    }

    /** People, places and organisations named in a sentence; adjacent name tokens form one name. */
    static List<Span> entities(QuizSentence s) {
        List<Span> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String type = entityType(t.get(i));
            if (type == null) continue;
            int j = i;
            while (j + 1 < t.size() && type.equals(entityType(t.get(j + 1))) && t.get(j + 1).begin() == t.get(j).end()) j++;
            int begin = t.get(i).begin(), end = t.get(j).end();
            String name = end <= s.text().length() ? s.text().substring(begin, end) : "";
            // "The" of "The Times紙" is tagged as a name; Latin words count only as acronyms (NATO).
            if (name.matches("[A-Za-z .]*") && !name.matches("[A-Z]{2,}")) name = "";
            if (name.length() >= 2) out.add(new Span(s.text().substring(begin, end), type, begin, end));
            i = j;
        }
        return out;
    }

    static String entityType(Token t) {
        String d = t.posDetail();
        if (!t.pos().equals("名詞")) return null;
        if (d.startsWith("固有名詞,人名")) return "person";
        if (d.startsWith("固有名詞,地域")) return "place";
        if (d.startsWith("固有名詞,組織")) return "organisation";
        String s = t.surface();
        if (t.reading().isEmpty() && s.indexOf('・') > 0 && !s.endsWith("・")
                && s.codePoints().allMatch(c -> (c >= 0x30A0 && c <= 0x30FF))) return "person";
        return null;
    }

    /** (year, month, day) for ordering dated events; missing parts are 0. */
    int[] dateKey() {
        Matcher m = Pattern.compile("(?:(\\d+)年)?(?:(\\d+)月)?(?:(\\d+)日)?").matcher(text);
        if (!m.matches()) return new int[] {0, 0, 0};
        return new int[] {num(m.group(1)), num(m.group(2)), num(m.group(3))};
    }

    private static int num(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }
}
