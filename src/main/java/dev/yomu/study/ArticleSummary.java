package dev.yomu.study;

import java.time.Instant;

/** One line of {@code yomu articles}. */
public record ArticleSummary(long id, String title, int chars, int sentences, int words, double knownShare,
                             Instant importedAt) {}
