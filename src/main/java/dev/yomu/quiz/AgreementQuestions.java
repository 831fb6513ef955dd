package dev.yomu.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * 内容一致: which statement agrees (or does not agree) with the article. Statements are new
 * sentences built from facts the article states, never its own sentences:
 * <ul>
 * <li>when: 最初の区間が完成したのは1910年5月のことだ。 (false: another date of the article)</li>
 * <li>order: 新しい駅舎が完成したのは、燃料が不足して列車が減らされた後のことだ。 (false: the two
 * events the other way round)</li>
 * <li>why: 列車の本数が半分に減らされたのは、燃料が不足したためだ。 (false: a reason the article
 * gives for something else)</li>
 * </ul>
 * Every statement is a fixed frame (…のは…のことだ, …のは…ためだ) around clauses that read on
 * their own, so it is grammatical by construction; a false one contradicts exactly one fact and
 * carries no negation, so no choice stands out by its ending. Choices never share an event, an
 * effect or a reason, so no two choices contradict each other or echo each other and give the answer away.
 */
final class AgreementQuestions {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern HAS_SUBJECT = java.util.regex.Pattern.compile("(?s).+[がは].+");

    private final SplittableRandom rng;
    private final List<ChronologyQuestions.Event> events;
    private final List<CauseQuestions.Cause> causes;

    AgreementQuestions(QuizSource source, SplittableRandom rng) {
        this.rng = rng;
        this.events = new ChronologyQuestions(source, rng.split()).events();
        this.causes = new CauseQuestions(source, rng.split()).causes();
    }

    /** One statement, whether the article bears it out, the things it is about and its evidence. */
    record Statement(String text, boolean holds, List<String> about, String evidence) {}

    List<Question> candidates() {
        List<Question> out = new ArrayList<>();
        List<Statement> all = statements();
        List<Statement> truths = all.stream().filter(Statement::holds).toList();
        List<Statement> lies = all.stream().filter(s -> !s.holds()).toList();
        for (Statement t : truths) pick(t, lies, 3).ifPresent(w -> out.add(question(true, t, w)));
        for (Statement l : lies) pick(l, truths, 3).ifPresent(w -> out.add(question(false, l, w)));
        return out;
    }

    private Question question(boolean agrees, Statement right, List<Statement> others) {
        List<String> wrong = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        for (Statement o : others) {
            wrong.add(o.text());
            why.append(" / 「").append(o.text()).append("」は本文「").append(o.evidence()).append("」と").append(o.holds() ? "合う" : "食い違う");
        }
        String prompt = agrees ? "本文の内容と合っているものはどれか。" : "本文の内容と合っていないものはどれか。";
        String explanation = "「" + right.text() + "」は本文「" + right.evidence() + "」と" + (right.holds() ? "合う。" : "食い違う。") + why;
        return Question.shuffled(QuestionKind.AGREEMENT, prompt, right.text(), wrong, right.evidence(), explanation, 0, rng);
    }

    /**
     * The statement's frame: "order" (…のは、…後のことだ), "when" (…のは[date]のことだ) or "why" (…ためだ).
     * A key alone in its frame among the choices is picked out by its shape (judged in the second
     * independent sample: one before/after claim among three dates).
     */
    static String form(String statement) {
        if (statement.endsWith("後のことだ。")) return "order";
        if (statement.endsWith("のことだ。")) return "when";
        return "why";
    }

    // n statements from the pool about things none of the others (nor the answer) is about, those of
    // the answer's frame first; none when no other choice shares the answer's frame.
    private Optional<List<Statement>> pick(Statement answer, List<Statement> pool, int n) {
        List<Statement> shuffled = new ArrayList<>(pool);
        Shuffle.inPlace(shuffled, rng);
        String form = form(answer.text());
        shuffled.sort(java.util.Comparator.comparing(s -> !form(s.text()).equals(form)));
        List<Statement> out = new ArrayList<>();
        List<String> used = new ArrayList<>(answer.about());
        for (Statement s : shuffled) {
            if (out.size() == n) break;
            if (s.about().stream().anyMatch(used::contains)) continue;
            out.add(s);
            used.addAll(s.about());
        }
        if (out.stream().noneMatch(s -> form(s.text()).equals(form))) return Optional.empty();
        return out.size() == n ? Optional.of(out) : Optional.empty();
    }

    List<Statement> statements() {
        List<Statement> out = new ArrayList<>();
        List<ChronologyQuestions.Event> events = new ArrayList<>();
        for (ChronologyQuestions.Event e : this.events)
            if (!e.what().contains("、") && noun(e.what()) != null) events.add(e);
        for (ChronologyQuestions.Event e : events) {
            String what = noun(e.what());
            out.add(new Statement(what + "のは" + e.date() + "のことだ。", true, List.of(e.what()), e.sentence()));
            for (ChronologyQuestions.Event o : events)
                if (o != e && o.ordered(e) && (o.when()[1] == 0) == (e.when()[1] == 0) && (o.when()[2] == 0) == (e.when()[2] == 0)) {
                    out.add(new Statement(what + "のは" + o.date() + "のことだ。", false, List.of(e.what()), e.sentence()));
                    break;
                }
        }
        for (ChronologyQuestions.Event a : events)
            for (ChronologyQuestions.Event b : events) {
                // Events decades apart make a false order absurd (a line run before its company was founded).
                if (a == b || !a.ordered(b) || a.compareTo(b) > 0 || b.when()[0] - a.when()[0] > 30) continue;
                // 「最初の区間が完成したのは、路線が延びた後」: an order common sense fixes tests no reading
                if (ChronologyQuestions.placesItself(a.what()) || ChronologyQuestions.placesItself(b.what())) continue;
                // b came after a.
                out.add(new Statement(noun(b.what()) + "のは、" + noun(a.what()) + "後のことだ。", true, List.of(a.what(), b.what()),
                        b.sentence()));
                out.add(new Statement(noun(a.what()) + "のは、" + noun(b.what()) + "後のことだ。", false, List.of(a.what(), b.what()),
                        a.sentence()));
            }
        List<CauseQuestions.Cause> causes = new ArrayList<>();
        // A reason of two clauses reads badly inside …のは、…ためだ.
        for (CauseQuestions.Cause c : this.causes) if (!c.reason().contains("、") && c.reason().length() <= 30) causes.add(c);
        for (CauseQuestions.Cause c : causes) {
            // A statement is about its reason too: two choices giving one reason (大雨が増えた for two effects,
            // one true) pick the false one out without the text (judged sample 8, explainer-causes).
            out.add(new Statement(ReasonClause.statement(c.effect(), c.reason()), true, List.of(c.effect(), c.reason()), c.evidence()));
            // Any other reason may be the false one, if it names what it is about (熱をためやすい alone
            // does not say what stores heat, and so is not plainly false of something else).
            for (CauseQuestions.Cause o : causes)
                if (o != c && Math.abs(o.sentence() - c.sentence()) > 1 && !o.reason().equals(c.reason())
                        && HAS_SUBJECT.matcher(o.reason()).matches())
                    out.add(new Statement(ReasonClause.statement(c.effect(), o.reason()), false, List.of(c.effect(), o.reason()), c.evidence()));
        }
        out.removeIf(s -> s.text().length() > 90);
        return out;
    }

    // Inside …のは a topic は reads as が.
    private static String noun(String clause) {
        return CauseQuestions.asNounClause(clause).orElse(null);
    }
}
