package dev.yomu.study;

/** Review-phase answers, and those of them not answered Again: Anki's "true retention". */
public record Retention(int answered, int passed) {}
