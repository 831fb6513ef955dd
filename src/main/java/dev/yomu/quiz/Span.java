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
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern LATIN_WORDS = java.util.regex.Pattern.compile("[A-Za-z .]*");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,}");
    private static final java.util.regex.Pattern REFERRING_PREFIX = java.util.regex.Pattern.compile("(?:同|各|本|当|両|全|前|元|新|旧|市|県|国|都|駅).*");
    private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile(".*[0-9０-９].*");
    private static final java.util.regex.Pattern NAMED_STATION = java.util.regex.Pattern.compile(".{2,}(?:駅|停留場|停留所|空港|公園)");
    private static final java.util.regex.Pattern BARE_STATION = java.util.regex.Pattern.compile("(?:停留|空|公)?(?:駅|停留場|停留所|空港|公園)");
    private static final java.util.regex.Pattern NAMED_ORGANISATION = java.util.regex.Pattern.compile(".{2,}(?:省|庁|大学|新聞|新報|商店会|委員会|銀行|協会|研究所)");
    private static final java.util.regex.Pattern GOVERNMENT = java.util.regex.Pattern.compile(".*(?:政府|政権|当局)");
    private static final java.util.regex.Pattern DATE_PARTS = java.util.regex.Pattern.compile("(?:(\\d+)年)?(?:(\\d+)月)?(?:(\\d+)日)?");

    /** Titles after a person's name: the article's own way of saying "this is a person". */
    static final Pattern PERSON_TITLE = Pattern.compile("(?:海軍|陸軍|空軍)?(?:副?報道官|副?大統領|首相|副?長官|事務総長|外相|防衛相|少将|中将|大将|氏|さん|教授|准教授|大使|総裁|代表|副?市長|副?知事|町長|村長|区長|議員|社長|会長|理事長|部長|課長|局長|所長|院長|委員長|将軍|監督|選手|容疑者|被告|医師|弁護士|記者|議長|学長|校長|店主|店長|館長|園長|さま|様|君|ちゃん)");
    /** Endings that make a name a place (みなと市, 北浜駅, 港南公園停留場). */
    static final Pattern PLACE_END = Pattern.compile(".*(?:駅|停留場|停留所|空港|港|公園|市|県|府|都|道|町|村|区|州|島|地区|地方|半島|海峡|湾|川|山|通り|商店街|広場|橋)");
    /** Endings that make a name an organisation (国土交通省, 東西大学, 港南新報). */
    static final Pattern ORG_END = Pattern.compile(".*(?:省|庁|局|大学|銀行|協会|商店会|委員会|議会|機構|新聞|新報|通信|放送|社|党|政府|財団|組合|連合|研究所|病院|学校|高校|軍|会社|グループ|銀|電鉄|鉄道|交通)");

    /** Dates and counts in a sentence, left to right, each a whole figure (1万2000人, not 2000人). */
    static List<Span> numbers(String text) {
        List<Span> out = new ArrayList<>();
        for (Figure f : Figure.all(text)) out.add(new Span(f.text(), f.type(), f.begin(), f.end()));
        return out;
    }

    /**
     * People, places and organisations named in a sentence, each a whole name: adjacent name tokens
     * form one name, and a name with a place or organisation ending takes it (港南公園停留場 is a
     * place even though 港南 alone might be a surname; 国土交通省 is one organisation).
     */
    static List<Span> entities(QuizSentence s) {
        List<Span> out = new ArrayList<>();
        List<Token> t = s.tokens();
        String text = s.text();
        for (int i = 0; i < t.size(); i++) {
            String type = entityType(t.get(i));
            boolean nounStart = type == null && plainNoun(t.get(i));
            if (type == null && !nounStart) continue;
            int j = i;
            while (j + 1 < t.size() && type != null && type.equals(entityType(t.get(j + 1))) && t.get(j + 1).begin() == t.get(j).end()) j++;
            // The longest run of following nouns that ends in a place or organisation word decides the type.
            int k = j, named = -1;
            String namedType = null;
            boolean titled = t.get(j).end() < text.length() && PERSON_TITLE.matcher(text.substring(t.get(j).end())).lookingAt();
            while (!titled && k + 1 < t.size() && k - j < 3 && t.get(k + 1).begin() == t.get(k).end()
                    && (plainNoun(t.get(k + 1)) || entityType(t.get(k + 1)) != null || t.get(k + 1).posDetail().startsWith("サ変"))) {
                k++;
                String run = text.substring(t.get(i).begin(), Math.min(text.length(), t.get(k).end()));
                String endType = nounStart ? strongEndType(run) : endType(run, t.get(k));
                if (endType != null) { named = k; namedType = endType; }
            }
            if (named < 0 && type != null && endType(text.substring(t.get(i).begin(), Math.min(text.length(), t.get(j).end())), t.get(j)) != null
                    && !type.equals("person")) {
                namedType = endType(text.substring(t.get(i).begin(), Math.min(text.length(), t.get(j).end())), t.get(j));
                named = j;
            }
            // The importer merges dictionary compounds (国土交通省 is one token, 複合語): its own ending counts.
            if (named < 0 && nounStart) {
                namedType = strongEndType(text.substring(t.get(i).begin(), Math.min(text.length(), t.get(j).end())));
                if (namedType != null) named = j;
            }
            if (named >= 0) { j = named; type = namedType; }
            if (type == null) continue;
            // A proper-noun run needs a proper noun in it; a common-noun run needs its naming ending.
            if (nounStart && named < 0) continue;
            int begin = t.get(i).begin(), end = Math.min(text.length(), t.get(j).end());
            if (begin >= end) continue;
            String name = text.substring(begin, end);
            // "The" of "The Times紙" is tagged as a name; Latin words count only as acronyms (NATO).
            if (LATIN_WORDS.matcher(name).matches() && !ACRONYM.matcher(name).matches()) name = "";
            // An acronym the article spells out in brackets, 路面電車（LRT）, is a thing, not a name.
            if (ACRONYM.matcher(name).matches() && begin > 0 && (text.charAt(begin - 1) == '（' || text.charAt(begin - 1) == '(')) name = "";
            if (nounStart && !containsProper(t, i, j) && name.length() <= 3 && REFERRING_PREFIX.matcher(name).matches()) name = "";
            if (name.length() >= 2) out.add(new Span(name, type, begin, end));
            i = j;
        }
        return out;
    }

    private static boolean containsProper(List<Token> t, int i, int j) {
        for (int k = i; k <= j; k++) if (entityType(t.get(k)) != null) return true;
        return false;
    }

    // A noun that may be part of a name: not a number, pronoun, dependent noun or adverbial noun.
    private static boolean plainNoun(Token t) {
        if (!t.pos().equals("名詞")) return false;
        // レーニンら is レーニン and others, not part of a name.
        if (t.surface().codePoints().allMatch(c -> c >= 0x3041 && c <= 0x309F)) return false;
        String d = t.posDetail();
        return !(d.startsWith("数") || d.startsWith("代名詞") || d.startsWith("非自立") || d.startsWith("副詞可能")
                || d.startsWith("接尾,助数詞") || d.startsWith("サ変") || d.startsWith("形容動詞") || HAS_DIGIT.matcher(t.surface()).matches());
    }

    // A run of common nouns is a name only with an unmistakable ending: 中央駅, 東西大学, not 公共交通.
    private static String strongEndType(String run) {
        // The name needs a name part: 中央駅 and 東西大学 are names, 停留場 alone is not.
        if (NAMED_STATION.matcher(run).matches() && !BARE_STATION.matcher(run).matches()) return "place";
        if (NAMED_ORGANISATION.matcher(run).matches()) return "organisation";
        return null;
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

    private static String endType(String run, Token last) {
        if (GOVERNMENT.matcher(run).matches()) return "organisation";
        if (last.posDetail().startsWith("接尾,地域")) return "place";
        if (PLACE_END.matcher(run).matches() && !run.endsWith("都道") && run.length() >= 2) return "place";
        if (ORG_END.matcher(run).matches() && run.length() >= 3) return "organisation";
        return null;
    }

    /** (year, month, day) for ordering dated events; missing parts are 0. */
    int[] dateKey() {
        Matcher m = DATE_PARTS.matcher(text);
        if (!m.matches()) return new int[] {0, 0, 0};
        return new int[] {num(m.group(1)), num(m.group(2)), num(m.group(3))};
    }

    private static int num(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }
}
