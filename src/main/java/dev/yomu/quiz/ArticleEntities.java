package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article names, with one identity per entity: 井上 is 井上勝 when the article has named
 * 井上勝 before, カービー is ジョン・カービー, and a person keeps the title the article first gives
 * (高橋誠一市長). Blanks and their wrong choices are drawn from here by type, so a person is never
 * offered among places and the same person never twice.
 */
final class ArticleEntities {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern NOT_A_COMPANY = java.util.regex.Pattern.compile(".*(?:省|庁|大学|市|県)");
    private static final java.util.regex.Pattern MUNICIPAL_SUFFIX = java.util.regex.Pattern.compile("(?<=..)(?:市|県|町|村|区)$");

    /** Names that mean the same side: one may not be a distractor for another. */
    private static final List<Set<String>> SAME = List.of(Set.of("ロシア", "モスクワ", "ソヴィエト", "ソ連", "クレムリン", "ロシア連邦"),
            Set.of("米国", "アメリカ", "米", "ワシントン", "米軍"), Set.of("英国", "イギリス", "英", "ロンドン"),
            Set.of("ウクライナ", "キエフ", "キーウ"), Set.of("フランス", "仏", "パリ"), Set.of("ドイツ", "独", "ベルリン"),
            Set.of("日本", "東京"), Set.of("NATO", "北大西洋条約機構", "大西洋同盟"));

    private final Map<String, String> typeOf = new LinkedHashMap<>();
    /** Full person name → the surname the article may use alone. */
    private final Map<String, String> surname = new LinkedHashMap<>();
    /** Full person name → the title after its first titled mention (市長, 報道官, さん). */
    private final Map<String, String> title = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final Set<String> countries = new java.util.HashSet<>();
    /** Companies named after a place the article names (みなと交通), which the tokenizer splits apart (みな・と・交通). */
    private final List<Pattern> companies = new ArrayList<>();
    private final String text;

    ArticleEntities(List<QuizSentence> body) {
        StringBuilder sb = new StringBuilder();
        Set<String> places = new LinkedHashSet<>();
        for (QuizSentence s : body)
            for (Span e : names(s))
                if (e.type().equals("place")) places.add(MUNICIPAL_SUFFIX.matcher(e.text()).replaceFirst(""));
        for (String p : places) companies.add(Pattern.compile("(?<![\\p{IsHan}\\p{IsKatakana}])" + Pattern.quote(p) + COMPANY_END + "(?=は|が|も|の|によると|、)"));
        for (QuizSentence s : body) {
            sb.append(s.text()).append('\n');
            for (Span e : named(s)) {
                typeOf.putIfAbsent(e.text(), e.type());
                if (e.type().equals("place") && isCountry(s, e)) countries.add(e.text());
                if (e.type().equals("person")) notePerson(s, e);
            }
            figures.addAll(Figure.all(s.text()));
        }
        text = sb.toString();
        // A title seen only with the surname (高橋市長 after 高橋誠一) belongs to the full name.
        for (QuizSentence s : body)
            for (Span e : named(s))
                if (e.type().equals("person")) title.putIfAbsent(canonical(e.text()), titleAfter(s.text(), e.end()));
        title.values().removeIf(String::isEmpty);
    }

    // The tokenizer knows countries (固有名詞,地域,国): フランス is asked among countries, パリ among cities.
    private static boolean isCountry(QuizSentence s, Span e) {
        boolean any = false;
        for (Token t : s.tokens()) {
            if (t.end() <= e.begin() || t.begin() >= e.end()) continue;
            if (!t.posDetail().startsWith("固有名詞,地域,国")) return false;
            any = true;
        }
        return any;
    }

    /** country, station, municipality, or "" for other places and for names that are not places. */
    String placeKind(String name) {
        if (countries.contains(name)) return "country";
        return FactQuestions.placeKind(name);
    }

    private void notePerson(QuizSentence s, Span e) {
        for (Token t : s.tokens()) {
            if (t.begin() == e.begin() && t.posDetail().startsWith("固有名詞,人名,姓") && t.end() < e.end()) surname.put(e.text(), t.surface());
        }
        int dot = e.text().lastIndexOf('・');
        if (dot > 0) surname.put(e.text(), e.text().substring(dot + 1));
    }

    private static String titleAfter(String sentence, int end) {
        Matcher m = Span.PERSON_TITLE.matcher(sentence);
        m.region(end, sentence.length());
        return m.lookingAt() ? m.group() : "";
    }

    /** A paper the article names in Latin letters: The Times紙. */
    private static final Pattern LATIN_PAPER = Pattern.compile("(?<![A-Za-z])[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,3}紙");
    private static final String COMPANY_END = "(?:交通|電鉄|鉄道|バス|銀行|新聞|新報|信用金庫|商事|建設|電力|ガス|病院|大学|高校|放送|タイムズ)";

    /** Dates, figures and whole names of one sentence: not 樺太 out of 北樺太, not ピーター out of ピーター・ベイズリー. */
    List<Span> spans(QuizSentence s) {
        List<Span> out = new ArrayList<>(Span.numbers(s.text()));
        out.addAll(named(s));
        return out;
    }

    /** The whole names of one sentence, with companies named after the article's places. */
    List<Span> named(QuizSentence s) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : companies) {
            Matcher m = p.matcher(s.text());
            while (m.find()) out.add(new Span(m.group(), "organisation", m.start(), m.end()));
        }
        Matcher paper = LATIN_PAPER.matcher(s.text());
        while (paper.find()) out.add(new Span(paper.group(), "organisation", paper.start(), paper.end()));
        for (Span e : names(s)) if (out.stream().noneMatch(o -> o.begin() < e.end() && e.begin() < o.end())) out.add(e);
        out.sort(java.util.Comparator.comparingInt(Span::begin));
        return out;
    }

    static List<Span> names(QuizSentence s) {
        List<Span> out = new ArrayList<>();
        for (Span e : Span.entities(s)) if (whole(s.text(), e)) out.add(e);
        return out;
    }

    private static boolean whole(String text, Span e) {
        char before = e.begin() == 0 ? ' ' : text.charAt(e.begin() - 1);
        char after = e.end() >= text.length() ? ' ' : text.charAt(e.end());
        return !wordChar(before) && (!wordChar(after) || Span.PERSON_TITLE.matcher(text.substring(e.end())).lookingAt()
                || text.startsWith("紙", e.end()));
    }

    static boolean wordChar(char c) {
        return c == '・' || c == '=' || c == '＝' || Character.isLetterOrDigit(c) && !(c >= 0x3041 && c <= 0x309F);
    }

    /** The full name a person is known by in this article: 井上 → 井上勝, カービー → ジョン・カービー. */
    String canonical(String name) {
        if (!"person".equals(typeOf.get(name))) return name;
        String found = name;
        int matches = 0;
        for (var e : surname.entrySet()) {
            if (e.getValue().equals(name) && !e.getKey().equals(name)) {
                found = e.getKey();
                matches++;
            }
        }
        return matches == 1 ? found : name;
    }

    /** A person as a choice: the full name with the title the article gives it (高橋誠一市長). */
    String display(String person) {
        String full = canonical(person);
        return full + title.getOrDefault(full, "");
    }

    String surnameOf(String full) {
        return surname.get(full);
    }

    boolean isSurnameOnly(String name) {
        return !canonical(name).equals(name);
    }

    String type(String name) {
        return typeOf.get(name);
    }

    /** Every distinct entity of a type, by its full name, in order of first appearance. */
    List<String> ofType(String type) {
        Set<String> out = new LinkedHashSet<>();
        for (var e : typeOf.entrySet()) if (e.getValue().equals(type)) out.add(canonical(e.getKey()));
        return new ArrayList<>(out);
    }

    List<Figure> figures() {
        return figures;
    }

    String text() {
        return text;
    }

    /** Whether two names are one entity: the same full name, one inside the other, or the same side. */
    boolean sameEntity(String a, String b) {
        String ca = canonical(a), cb = canonical(b);
        if (ca.equals(cb) || ca.contains(cb) || cb.contains(ca)) return true;
        for (Set<String> g : SAME) if (g.contains(a) && g.contains(b)) return true;
        return false;
    }

    /** The organisation 同省 or 同社 stands for: the last one named before with that ending. */
    static String resolveSame(String ref, List<String> orgsSoFar) {
        String ending = ref.substring(1);
        for (int i = orgsSoFar.size() - 1; i >= 0; i--) {
            String o = orgsSoFar.get(i);
            if (o.endsWith(ending) || ending.equals("社") && !NOT_A_COMPANY.matcher(o).matches()) return o;
        }
        return null;
    }
}
