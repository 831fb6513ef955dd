package dev.yomu.text;

/** What a block of an imported article is, and so whether it is study text. */
public enum BlockKind {
    /** A title or section heading: study text. */
    HEADING,
    /** Body text: study text. */
    PARAGRAPH,
    /** A reader comment: optional study text, kept apart from the article. */
    COMMENT,
    /** Recognised noise (navigation, credits, link lists, comment metadata, repeats): not study text. */
    BOILERPLATE;

    public boolean isStudyText() {
        return this == HEADING || this == PARAGRAPH;
    }
}
