package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fill-the-blank questions on the article's facts: a whole figure (約380億円, 2030年代前半) or a
 * whole name blanked, with wrong choices of the same type. Every name and figure of every sentence is
 * a candidate, so different seeds ask different facts; a blank is asked only when exactly one choice
 * fits it (no wrong choice stands in the same words elsewhere in the article).
 */
final class FactQuestions {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern STATION = java.util.regex.Pattern.compile(".*(?:駅|停留場|停留所|空港|港)");
    private static final java.util.regex.Pattern PLANNED = java.util.regex.Pattern.compile("目指|予定|見込|見通し|目標|たい");
    private static final java.util.regex.Pattern MUNICIPALITY = java.util.regex.Pattern.compile(".*(?:市|県|府|町|村|区|州)");

    private final ArticleEntities names;
    private final List<QuizSentence> body;
    private final SplittableRandom rng;

    FactQuestions(List<QuizSentence> body, ArticleEntities names, SplittableRandom rng) {
        this.body = body;
        this.names = names;
        this.rng = rng;
    }

    /** At most two blanks per answer, drawn by the seed: six blanks that are all ロシア test one thing six times. */
    static final int PER_ANSWER = 2;

    List<Question> candidates() {
        List<Question> all = new ArrayList<>();
        for (QuizSentence s : body) for (Span sp : names.spans(s)) fact(s, sp).ifPresent(all::add);
        List<Question> shuffled = new ArrayList<>(all);
        Shuffle.inPlace(shuffled, rng);
        java.util.Map<String, Integer> per = new java.util.HashMap<>();
        Set<Question> kept = new java.util.HashSet<>();
        for (Question q : shuffled) if (per.merge(q.answerText(), 1, Integer::sum) <= PER_ANSWER) kept.add(q);
        List<Question> out = new ArrayList<>();
        for (Question q : all) if (kept.contains(q)) out.add(q);
        return out;
    }

    private Optional<Question> fact(QuizSentence s, Span sp) {
        String text = s.text();
        if (!Texts.quotable(text, 200) || Texts.count(text, sp.text()) != 1) return Optional.empty();
        List<String> wrong = distractors(sp, text);
        if (wrong.size() < 3) return Optional.empty();
        String blanked = text.substring(0, sp.begin()) + Texts.BLANK + text.substring(sp.end());
        String shown = Texts.around(blanked, sp.begin(), sp.begin() + Texts.BLANK.length(), 90);
        String prompt = "本文の内容に合うように、" + Texts.BLANK + "に入る最も適切なものを選びなさい。\n" + shown;
        return Optional.of(Question.shuffled(QuestionKind.FACT, prompt, sp.text(), wrong, text,
                "本文には「" + Texts.around(text, sp.begin(), sp.end(), 90) + "」とある。", 0, rng));
    }

    /** Three wrong choices of the blank's type, or fewer when the article does not have them. */
    List<String> distractors(Span sp, String sentence) {
        List<String> pool = sp.type().startsWith("date:") || sp.type().startsWith("count:") || sp.type().equals("fraction")
                ? figures(sp) : entities(sp);
        List<String> out = new ArrayList<>();
        for (String v : pool) {
            if (out.size() == 3) break;
            if (v.equals(sp.text()) || sentence.contains(v) || out.contains(v) || fitsFrameElsewhere(sentence, sp, v)
                    || breaksOrder(sentence, sp, v) || pastForAPlan(sentence, sp, v)) continue;
            // シベリア and シベリア鉄道 side by side would be one name twice.
            if (out.stream().anyMatch(x -> Figure.parse(x) == null && (x.contains(v) || v.contains(x)))) continue;
            out.add(v);
        }
        return out;
    }

    // Other figures of the unit from the article first (the reader must tell them apart), then
    // nearby values of the same size that the article states nowhere.
    private List<String> figures(Span sp) {
        Figure f = Figure.parse(sp.text());
        if (f == null) return List.of();
        List<String> fromArticle = new ArrayList<>();
        for (Figure o : names.figures()) {
            if (!o.type().equals(f.type()) || o.value() == f.value()) continue;
            if (!f.isDate() && !o.type().equals("fraction") && (o.value() / f.value() > 10 || f.value() / o.value() > 10)) continue;
            // An opening planned for the 2030s is not asked among the 1970s.
            if (f.type().equals("date:decade") && Math.abs(o.value() - f.value()) > 30) continue;
            // A peak in 2028 for a fall that has already begun, a deadline in 2010 for a plan: years
            // far from the answer are told apart by the calendar, not by reading.
            if (f.isDate() && !f.type().equals("date:decade") && !f.type().startsWith("date:m") && Math.abs(o.value() - f.value()) > 10) continue;
            // Dates keep the article's own wording (1919年4月, not 1919年 with this blank's month).
            if (f.isDate() && !f.type().equals("date:y")) { fromArticle.add(f.prefix() + o.core() + f.suffix()); continue; }
            fromArticle.add(f.withValue(o.value()));
        }
        List<String> derived = new ArrayList<>();
        for (double v : f.nearby()) {
            String w = f.withValue(v);
            Figure wf = Figure.parse(w);
            if (wf == null || names.text().contains(wf.core())) continue;
            derived.add(w);
        }
        Shuffle.inPlace(fromArticle, rng);
        Shuffle.inPlace(derived, rng);
        List<String> out = new ArrayList<>(new LinkedHashSet<>(fromArticle));
        out.addAll(derived);
        return out;
    }

    private List<String> entities(Span sp) {
        boolean surnameOnly = sp.type().equals("person") && names.isSurnameOnly(sp.text());
        List<String> out = new ArrayList<>();
        for (String o : names.ofType(sp.type())) {
            if (names.sameEntity(o, sp.text()) || !names.placeKind(o).equals(names.placeKind(sp.text()))) continue;
            String shown = surnameOnly ? names.surnameOf(o) : o;
            if (shown == null || shown.equals(o) && surnameOnly) continue;
            // A full name answer takes full names: a bare surname next to 高橋誠一 is a give-away.
            if (!surnameOnly && sp.type().equals("person") && names.surnameOf(sp.text()) != null && names.surnameOf(o) == null) continue;
            out.add(shown);
        }
        Shuffle.inPlace(out, rng);
        return out;
    }

    // A station is asked among stations, a city among cities: 北浜駅 among 北浜市 and 臨海地区 is a give-away.
    static String placeKind(String name) {
        if (STATION.matcher(name).matches()) return "station";
        if (MUNICIPALITY.matcher(name).matches()) return "municipality";
        return "";
    }

    /**
     * Whether a wrong date is ruled out by the sentence's own order: in 「11月29日から…、（　　）からは…」 a
     * date before 11月29日 cannot be right, so the one later choice gives the answer away. A wrong date
     * keeps the answer's side of every other date of its type in the sentence.
     */
    private static boolean breaksOrder(String sentence, Span sp, String v) {
        Figure key = Figure.parse(sp.text());
        Figure choice = Figure.parse(v);
        if (key == null || choice == null || !key.isDate() || !choice.type().equals(key.type())) return false;
        for (Figure other : Figure.all(sentence)) {
            if (other.begin() < sp.end() && sp.begin() < other.end() || !other.type().equals(key.type())) continue;
            int side = Long.compare(key.chronological(), other.chronological());
            if (side != 0 && side != Long.compare(choice.chronological(), other.chronological())) return true;
        }
        return false;
    }

    /**
     * Whether a wrong date is too early for what the sentence plans: 2010年代前半 beside 2030年代前半 for an
     * opening the city still aims at reads as already past (judged sample 8). A planned date takes wrong
     * dates at most one step before it (a decade, two years, a month) and any after it.
     */
    private static boolean pastForAPlan(String sentence, Span sp, String v) {
        Figure key = Figure.parse(sp.text());
        Figure choice = Figure.parse(v);
        if (key == null || choice == null || !key.isDate() || !choice.type().equals(key.type())) return false;
        if (!PLANNED.matcher(sentence.substring(sp.end())).find()) return false;
        double step = key.type().equals("date:decade") ? 10 : key.type().equals("date:m") || key.type().equals("date:md") ? 1 : 2;
        return choice.value() < key.value() - step;
    }

    /**
     * Whether a wrong choice would also be right: the article has it in the same words around the
     * blank (子ども100円 elsewhere makes 100円 fit 「子ども（　　）」), so the question has two answers.
     */
    private boolean fitsFrameElsewhere(String sentence, Span sp, String v) {
        String left = sentence.substring(Math.max(0, sp.begin() - 3), sp.begin());
        String right = sentence.substring(sp.end(), Math.min(sentence.length(), sp.end() + 3));
        String article = names.text();
        return left.length() >= 2 && article.contains(left + v) || right.length() >= 2 && article.contains(v + right);
    }
}
