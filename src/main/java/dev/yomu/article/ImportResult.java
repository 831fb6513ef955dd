package dev.yomu.article;

/**
 * What one import did.
 *
 * @param outcome   NEW (a new article), UPDATED (its file changed), UNCHANGED (same text already imported)
 * @param newWords  study words Yomu had not seen in any article before
 */
public record ImportResult(String source, long articleId, String title, Outcome outcome, int sentences,
                           int studyWords, int newWords, int chars, int droppedBlocks, int commentSentences) {

    public enum Outcome { NEW, UPDATED, UNCHANGED }
}
