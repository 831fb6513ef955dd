package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Comprehension questions about who said what and the article's facts (names, places, figures),
 * asked over the body only: a heading states no fact a reader could be asked about. One
 * {@link ArticleEntities} serves both kinds, so a person is the same choice in every question.
 */
final class ContentQuestions {
    private final SplittableRandom rng;
    private final List<QuizSentence> body = new ArrayList<>();

    ContentQuestions(QuizSource source, SplittableRandom rng) {
        this.rng = rng;
        // a broken sentence (GarbledSentences) states no fact a learner could be asked about
        for (QuizSentence s : source.sentences()) if (!s.heading() && !GarbledSentences.garbled(s)) body.add(s);
    }

    List<Question> candidates() {
        List<Question> out = new ArrayList<>();
        ArticleEntities names = new ArticleEntities(body);
        out.addAll(new SpeakerQuestions(body, names, rng).candidates());
        out.addAll(new FactQuestions(body, names, rng).candidates());
        return out;
    }
}
