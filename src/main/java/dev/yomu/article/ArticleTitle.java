package dev.yomu.article;

import dev.yomu.support.YomuException;
import dev.yomu.text.TextCleaner;

/**
 * A title the learner gives an article. It is printed in lists and on the review screen, so it is
 * cleaned like imported text (no escape sequences or controls) and kept to one line of sensible length.
 */
public final class ArticleTitle {
    static final int MAX_LENGTH = 200;

    private ArticleTitle() {}

    /** The cleaned title, or an error saying what is wrong with it. */
    public static String of(String raw) {
        String title = new TextCleaner().clean(raw).replace('\n', ' ').strip();
        if (title.isEmpty())
            throw YomuException.invalidInput("The new title is empty; give the title in quotes, e.g. '猫の記録'.");
        int length = title.codePointCount(0, title.length());
        if (length > MAX_LENGTH)
            throw YomuException.invalidInput("The new title has " + length + " characters; keep it to " + MAX_LENGTH + ".");
        return title;
    }
}
