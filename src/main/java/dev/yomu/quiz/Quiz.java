package dev.yomu.quiz;

import java.util.List;
import java.util.Map;

/**
 * A quiz ready to ask, with what the rules did on the way.
 *
 * @param questions  the questions in asking order
 * @param candidates how many candidates each kind produced
 * @param dropped    how many of those broke a rule, by kind
 * @param reasons    how often each rule was broken
 */
public record Quiz(List<Question> questions, Map<QuestionKind, Integer> candidates, Map<QuestionKind, Integer> dropped,
                   Map<String, Integer> reasons) {
    public Quiz {
        questions = List.copyOf(questions);
    }
}
