package dev.yomu.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules every generated question must pass before it is asked. A candidate that breaks one is
 * dropped, never repaired: a clumsy question teaches less than no question.
 */
public final class QuestionRules {
    private QuestionRules() {}

    /** Why {@code q} may not be asked, or empty if it may. {@code articleText} is the study text. */
    public static Optional<String> violation(Question q, String articleText) {
        List<String> c = q.choices();
        if (c.size() != 4) return Optional.of("needs four choices, has " + c.size());
        if (q.answer() < 0 || q.answer() > 3) return Optional.of("answer index out of range");
        Set<String> seen = new HashSet<>();
        for (String s : c) {
            if (s == null || s.isBlank()) return Optional.of("blank choice");
            if (!seen.add(normalise(s))) return Optional.of("two choices are the same: " + s);
        }
        if (q.prompt().isBlank()) return Optional.of("blank prompt");
        if (q.evidence().isBlank()) return Optional.of("no evidence");
        if (q.kind() != QuestionKind.WRITTEN && !articleText.contains(q.evidence().replace("…", "")))
            return Optional.of("evidence is not from the article");
        if (giveaway(q)) return Optional.of("the answer appears in the prompt");
        Optional<String> broken = broken(q);
        if (broken.isPresent()) return broken;
        if (!sameType(q)) return Optional.of("choices are not of one type");
        Optional<String> form = glossForm(q);
        if (form.isPresent()) return form;
        Optional<String> typed = TypedChoiceRules.violation(q, articleText);
        if (typed.isPresent()) return typed;
        Optional<String> statement = StatementRules.violation(q, articleText);
        if (statement.isPresent()) return statement;
        return Optional.empty();
    }

    // The answer may not be readable off the prompt. Gloss questions compare English words; the rest
    // compare the choice text itself.
    private static boolean giveaway(Question q) {
        String answer = q.answerText();
        if (q.kind() == QuestionKind.WRITTEN || q.kind() == QuestionKind.AGREEMENT) return false;
        return q.prompt().contains(answer);
    }

    /**
     * A question quotes only whole Japanese: its evidence is no broken sentence, and neither the context
     * the prompt shows nor a choice cuts a quote or a parenthesis (GarbledSentences names the rules;
     * fourth independent judged sample).
     */
    static Optional<String> broken(Question q) {
        if (q.kind() == QuestionKind.WRITTEN) return Optional.empty();
        if (GarbledSentences.garbledText(q.evidence())) return Optional.of("the evidence is a broken sentence: " + q.evidence());
        int nl = q.prompt().indexOf('\n');
        if (nl >= 0 && GarbledSentences.unbalanced(q.prompt().substring(nl + 1)))
            return Optional.of("the context cuts a quote or a parenthesis");
        for (String c : q.choices())
            if (GarbledSentences.unbalanced(c)) return Optional.of("a choice cuts a quote or a parenthesis: " + c);
        return Optional.empty();
    }

    /**
     * Meaning choices of one form: "to …" with verbs only (a verb key among nouns is found by its
     * "to"), and the key not the only gloss with a bracketed note ("stop (bus, streetcar, etc.)"
     * among plain words points at the tram article's topic).
     */
    static Optional<String> glossForm(Question q) {
        if (q.kind() != QuestionKind.MEANING) return Optional.empty();
        boolean verb = q.answerText().startsWith("to ");
        boolean note = q.answerText().contains("(");
        int notes = 0;
        for (String c : q.choices()) {
            if (c.startsWith("to ") != verb) return Optional.of("glosses of different forms: " + q.answerText() + " / " + c);
            if (c.contains("(")) notes++;
        }
        if (note && notes == 1) return Optional.of("the key is the only gloss with a note: " + q.answerText());
        return Optional.empty();
    }

    // Readings are kana only; glosses are Latin only; everything else is Japanese.
    private static boolean sameType(Question q) {
        for (String s : q.choices()) {
            boolean ok = switch (q.kind()) {
                case READING -> s.codePoints().allMatch(ch -> (ch >= 0x3041 && ch <= 0x309F) || ch == 'ー');
                case MEANING -> s.codePoints().noneMatch(ch -> ch >= 0x3000);
                default -> true;
            };
            if (!ok) return false;
        }
        return true;
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
