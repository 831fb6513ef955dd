package dev.yomu.quiz;

import java.util.List;
import java.util.SplittableRandom;

/** The one shuffle of the quiz: Fisher-Yates over a seeded random, so a seed always gives the same quiz. */
final class Shuffle {
    private Shuffle() {}

    /** @return {@code list}, shuffled, so a loop can walk it at once */
    static <T> List<T> inPlace(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
        return list;
    }
}
