package dev.yomu.study;

import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordMark;

/** One line of {@code yomu words}: a word as it appears in one article. */
public record ArticleWord(long id, String lemma, String reading, String pos, WordKind kind, WordMark status,
                          String glosses, boolean common, int count, int totalCount) {}
