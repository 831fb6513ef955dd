package dev.yomu.study;

import dev.yomu.quiz.QuizMaker.Mix;
import java.time.Instant;

/** One line of {@code yomu quiz --history}. */
public record QuizAttempt(long id, long articleId, String articleTitle, Mix kind, long seed, int questions,
                          int answered, int correct, Instant startedAt) {}
