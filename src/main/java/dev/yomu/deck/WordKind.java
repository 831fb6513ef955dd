package dev.yomu.deck;

/** What a token of an article is to a learner. */
public enum WordKind {
    /** Vocabulary worth a card: nouns, verbs, adjectives, adverbs, compounds. */
    STUDY,
    /** A person, place or organisation: shown with the text, not studied by default. */
    NAME,
    /** Grammar, punctuation, numbers, Latin script and words too basic to study. */
    NONE
}
