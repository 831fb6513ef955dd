package dev.yomu.study;

import java.time.Instant;

/** One line of {@code yomu quiz --history}. */
public record QuizAttempt(long id, long articleId, String articleTitle, String kind, long seed, int questions,
                         int answered, int correct, Instant startedAt) {}
