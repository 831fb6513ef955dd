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
            if (answer == null && f == null && s.matches(".*[0-9０-９].*") && !s.matches(".*[A-Za-z].*"))
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

    // person (has a title), place (station or town ending), organisation, or "" when the choice does not say.
    private static String nameKind(String s) {
        if (Span.PERSON_TITLE.matcher(s).find() && Pattern.compile(".+" + Span.PERSON_TITLE.pattern() + "$").matcher(s).matches()) return "person";
        if (STATION_OR_TOWN.matcher(s).matches()) return "place";
        if (ORGANISATION.matcher(s).matches()) return "organisation";
        return "";
    }

    private static String bare(String s) {
        var m = Pattern.compile("^(.+?)" + Span.PERSON_TITLE.pattern() + "$").matcher(s);
        return m.matches() ? m.group(1) : s;
    }
}
