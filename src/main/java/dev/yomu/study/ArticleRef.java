package dev.yomu.study;

/** What identifies an imported article. */
public record ArticleRef(long id, String title, String source, String contentHash) {}
