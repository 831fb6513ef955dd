package dev.yomu.quizsession;

import dev.yomu.quiz.Question;
import dev.yomu.quiz.QuizMaker.Mix;
import dev.yomu.quizsession.QuizService.Outcome;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One sitting of a quiz: which question is up, whether it was answered, the score. The full screen
 * and the scripted front end both drive this class. Each answer is stored before the next question.
 */
public final class QuizSession {
    private final QuizService service;
    private final long articleId;
    private final long attemptId;
    private final List<Question> questions;
    private final Clock clock;
    private int index;
    private Integer chosen;
    private Outcome outcome;
    private int correct;
    private int answered;

    public QuizSession(QuizService service, long articleId, Mix kind, long seed, List<Question> questions, Clock clock) {
        this.service = service;
        this.articleId = articleId;
        this.questions = List.copyOf(questions);
        this.clock = clock;
        this.attemptId = service.start(articleId, kind, seed, questions.size(), clock.instant());
    }

    public Optional<Question> current() {
        return index < questions.size() ? Optional.of(questions.get(index)) : Optional.empty();
    }

    /** 1-based position and total, for the header. */
    public int position() {
        return index + 1;
    }

    public int total() {
        return questions.size();
    }

    public boolean answered() {
        return chosen != null;
    }

    public int chosen() {
        return chosen == null ? -1 : chosen;
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** Answers the current question with choice {@code choice} (0-3); a second answer is ignored. */
    public Outcome answer(int choice) {
        if (chosen != null) return outcome;
        Question q = current().orElseThrow();
        chosen = choice;
        outcome = service.answer(attemptId, index, q, choice, clock.instant());
        answered++;
        if (outcome.correct()) correct++;
        return outcome;
    }

    /** Flags the current question as bad (never asked again) and moves on. */
    public void flag() {
        service.flag(articleId, current().orElseThrow(), clock.instant());
        next();
    }

    public void next() {
        index++;
        chosen = null;
        outcome = null;
    }

    public int correct() {
        return correct;
    }

    public int answeredCount() {
        return answered;
    }

    public String summary() {
        if (answered == 0) return "No questions answered.";
        return "Score: " + correct + "/" + answered + " (" + Math.round(100.0 * correct / answered) + "%)"
                + (answered < questions.size() ? ", " + (questions.size() - answered) + " not answered" : "") + ".";
    }
}
