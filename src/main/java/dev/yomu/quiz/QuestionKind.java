package dev.yomu.quiz;

/** What a question tests; the first four are vocabulary, the rest comprehension. */
public enum QuestionKind {
    /** 漢字の読み方: four readings of one word. */
    READING(true),
    /** Four English glosses of one word. */
    MEANING(true),
    /** 文脈規定: a sentence with the word blanked. */
    CONTEXT(true),
    /** A gloss; which word means it. */
    REVERSE(true),
    /** Who said the quoted words. */
    SPEAKER(false),
    /** A sentence with a number, date or name blanked. */
    FACT(false),
    /** 内容一致: which statement agrees with the text. */
    AGREEMENT(false),
    /** Which heading belongs to a section. */
    HEADING(false),
    /** Which dated event came first or last, or the order of three. */
    CHRONOLOGY(false),
    /** なぜ: the reason the article gives for something. */
    CAUSE(false),
    /** 指示語: what これ or この + noun points back to. */
    REFERENCE(false),
    /** Hand-written by a learner or teacher in a quiz file. */
    WRITTEN(false);

    private final boolean vocabulary;

    QuestionKind(boolean vocabulary) {
        this.vocabulary = vocabulary;
    }

    public boolean isVocabulary() {
        return vocabulary;
    }

    /** The name shown to learners and used in JSON: lower case. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
