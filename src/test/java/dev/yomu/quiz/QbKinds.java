package dev.yomu.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Lane qb's generators, run alone on one source and seed (as QuizMaker.make runs them). */
final class QbKinds {
    private QbKinds() {}

    static List<Question> generate(QuizSource source, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Question> out = new ArrayList<>();
        out.addAll(new ChronologyQuestions(source, rng.split()).candidates());
        out.addAll(new CauseQuestions(source, rng.split()).candidates());
        out.addAll(new ReferenceQuestions(source, rng.split()).candidates());
        out.addAll(new AgreementQuestions(source, rng.split()).candidates());
        return out;
    }
}
