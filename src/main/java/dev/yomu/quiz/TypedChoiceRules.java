package dev.yomu.quiz;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gate's rules for questions whose choices are names and figures (fact blanks, who said it):
 * choices of one type, figures whole and of one unit and size, one entity per choice, and a blank
 * that does not cut a figure apart. Types are read off the choices themselves: a figure parses as
 * one, a person carries a title (市長, さん), a station or city its ending (駅, 市).
 */
final class TypedChoiceRules {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile(".*[0-9０-９].*");
    private static final java.util.regex.Pattern HAS_LATIN = java.util.regex.Pattern.compile(".*[A-Za-z].*");

    private static final Pattern STATION_OR_TOWN = Pattern.compile(".*(?:駅|停留場|停留所|空港|市|県|町|村|区|州)");
    private static final Pattern ORGANISATION = Pattern.compile(".*(?:省|庁|大学|新聞|新報|協会|委員会|銀行|研究所)");
    /** Characters that, next to a blank, show that the blank cuts a figure: 1万（　）, （　）代前半. */
    private static final Pattern CUT_BEFORE = Pattern.compile("[0-9０-９万億兆約.,．]$");
    private static final Pattern CUT_AFTER = Pattern.compile("^(?:[0-9０-９万億兆年月日代度%％]|人|円|ドル|億|以上|前半|後半)");

    /** Digits next to any blank: a name or a figure squeezed against a number is a cut. */
    private static final Pattern DIGIT_BEFORE = Pattern.compile("[0-9０-９万億兆][.,．]?$");
    private static final Pattern DIGIT_AFTER = Pattern.compile("^[0-9０-９万億兆]");

    private TypedChoiceRules() {}

    static Optional<String> violation(Question q, String articleText) {
        if (q.kind() != QuestionKind.FACT && q.kind() != QuestionKind.SPEAKER) return Optional.empty();
        List<String> c = q.choices();
        Figure answer = Figure.parse(q.answerText());
        for (String s : c) {
            Figure f = Figure.parse(s);
            if (answer != null && f == null) return Optional.of("a choice is not a whole figure: " + s);
            if (answer == null && f == null && HAS_DIGIT.matcher(s).matches() && !HAS_LATIN.matcher(s).matches())
                return Optional.of("a choice is a fragment of a figure: " + s);
            if (answer == null && f != null) return Optional.of("a figure among names: " + s);
            if (f != null && !f.type().equals(answer.type())) return Optional.of("figures of different units: " + q.answerText() + " / " + s);
            if (f != null && answer.type().startsWith("count:") && (f.value() / answer.value() > 10 || answer.value() / f.value() > 10))
                return Optional.of("a figure of another size: " + q.answerText() + " / " + s);
        }
        if (answer == null) {
            String kind = nameKind(q.answerText());
            for (String s : c) {
                String k = nameKind(s);
                if (!k.isEmpty() && !kind.isEmpty() && !k.equals(kind)) return Optional.of("choices of different types: " + q.answerText() + " / " + s);
            }
            for (int i = 0; i < c.size(); i++)
                for (int j = 0; j < c.size(); j++)
                    if (i != j && bare(c.get(j)).length() >= 2 && bare(c.get(i)).contains(bare(c.get(j))))
                        return Optional.of("one entity offered twice: " + c.get(i) + " / " + c.get(j));
        }
        if (answer == null) {
            Optional<String> sub = subKindViolation(q, articleText);
            if (sub.isPresent()) return sub;
        }
        if (q.kind() == QuestionKind.FACT) {
            int blank = q.prompt().lastIndexOf(Texts.BLANK);
            if (blank < 0) return Optional.of("a fact question without a blank");
            String before = q.prompt().substring(0, blank), after = q.prompt().substring(blank + Texts.BLANK.length());
            boolean figure = answer != null;
            if (DIGIT_BEFORE.matcher(before).find() || DIGIT_AFTER.matcher(after).find()
                    || figure && (CUT_BEFORE.matcher(before).find() || CUT_AFTER.matcher(after).find()))
                return Optional.of("the blank cuts a figure apart");
        }
        return Optional.empty();
    }

    /** Finer kinds read off a name's ending: the judges' "only newspaper", "only company", "railway among cities". */
    private static final List<String[]> SUB_KINDS = List.of(
            new String[] {"newspaper", ".*(?:紙|新聞|新報|日報|通信|タイムズ)"},
            new String[] {"ministry", ".*(?:省|庁)"},
            new String[] {"party", ".*党"},
            new String[] {"armed force", ".*(?:軍|部隊|艦隊)"},
            new String[] {"railway", ".*(?:鉄道|本線|線)"},
            new String[] {"company", ".*(?:社|交通|電鉄|バス|銀行|商事|建設|電力|ガス|放送)"},
            new String[] {"association", ".*(?:協会|委員会|連合|同盟|機構|会)"},
            new String[] {"university", ".*(?:大学|高校|学校)"},
            new String[] {"station", ".*(?:駅|停留場|停留所|空港|港)"},
            new String[] {"municipality", ".*(?:市|町|村|区|県|州|省)"});
    /** Titles that make one kind of person: a general among generals, a head of state among heads of state. */
    private static final List<String[]> TITLE_KINDS = List.of(
            new String[] {"head of state", "(?:副?大統領|首相|国王|皇帝|書記長|議長)"},
            new String[] {"officer", "(?:将軍|少将|中将|大将|元帥|司令官|提督)"},
            new String[] {"spokesperson", "(?:副?報道官|広報官)"},
            new String[] {"minister", "(?:副?長官|外相|防衛相|.相|大臣)"},
            new String[] {"scholar", "(?:教授|准教授|研究員|学者|歴史家)"},
            new String[] {"executive", "(?:社長|会長|理事長|代表取締役)"},
            new String[] {"local leader", "(?:副?市長|副?知事|町長|村長|区長)"});

    /**
     * The answer may not be the one choice of its finer kind, and a blank may not take choices of
     * different kinds: 「地元紙の（　）」 with one newspaper among a company and a ministry, 「アメリカの（　）大統領」
     * with ウィルソン among Soviet leaders, 報じた with one newspaper among armies. A bare name takes the
     * kind of the title the article puts after it (ウィルソン大統領).
     */
    static Optional<String> subKindViolation(Question q, String articleText) {
        String answer = subKind(q.answerText(), articleText);
        // 高橋誠一市長 among 佐藤明美社長: titled choices before 「…」と述べた are all people who could speak;
        // only a bare name before a title in the sentence (（　）大統領) needs choices of that title's kind
        boolean titledChoice = Span.PERSON_TITLE.matcher(q.answerText()).find() && Texts.pattern(".+" + Span.PERSON_TITLE.pattern()).matcher(q.answerText()).matches();
        for (String c : q.choices()) {
            if (c.equals(q.answerText())) continue;
            String k = subKind(c, articleText);
            boolean mismatch;
            if (q.kind() == QuestionKind.FACT) mismatch = titledChoice ? !k.startsWith("person") : !k.equals(answer);
            else mismatch = answer.equals("newspaper") && !k.equals(answer); // 報じた: only a paper could have
            if (mismatch) return Optional.of("choices of different kinds: " + q.answerText() + " (" + answer + ") / " + c + " (" + k + ")");
        }
        return Optional.empty();
    }

    static String subKind(String name, String articleText) {
        for (String[] t : TITLE_KINDS)
            if (Texts.pattern(".+" + t[1]).matcher(name).matches()) return "person: " + t[0];
        if (Span.PERSON_TITLE.matcher(name).find() && Texts.pattern(".+" + Span.PERSON_TITLE.pattern()).matcher(name).matches()) return "person";
        for (String[] k : SUB_KINDS)
            if (Texts.pattern(k[1]).matcher(name).matches()) return k[0];
        var m = Pattern.compile(Pattern.quote(name) + "(" + Span.PERSON_TITLE.pattern() + ")").matcher(articleText);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetter(articleText.charAt(m.start() - 1)) && isKatakana(articleText.charAt(m.start() - 1))) continue;
            for (String[] t : TITLE_KINDS)
                if (Texts.pattern(t[1]).matcher(m.group(1)).matches()) return "person: " + t[0];
        }
        return "";
    }

    private static boolean isKatakana(char c) {
        return c >= 0x30A0 && c <= 0x30FF;
    }

    // person (has a title), place (station or town ending), organisation, or "" when the choice does not say.
    private static String nameKind(String s) {
        if (Span.PERSON_TITLE.matcher(s).find() && Texts.pattern(".+" + Span.PERSON_TITLE.pattern() + "$").matcher(s).matches()) return "person";
        if (STATION_OR_TOWN.matcher(s).matches()) return "place";
        if (ORGANISATION.matcher(s).matches()) return "organisation";
        return "";
    }

    private static String bare(String s) {
        var m = Texts.pattern("^(.+?)" + Span.PERSON_TITLE.pattern() + "$").matcher(s);
        return m.matches() ? m.group(1) : s;
    }
}
