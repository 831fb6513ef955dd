package dev.yomu.study;

/**
 * Study words by where they are: new cards, in the learning or relearning steps, in review, and
 * marked known (with or without a card); ignored words are not counted.
 */
public record CardCounts(int fresh, int learning, int review, int known) {}
