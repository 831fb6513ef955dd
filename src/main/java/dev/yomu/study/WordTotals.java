package dev.yomu.study;

/** WordTotals for the status screen. */
public record WordTotals(int articles, int studyWords, int known, int cardsNew, int cardsDue) {}
