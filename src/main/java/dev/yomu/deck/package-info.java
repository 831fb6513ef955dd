/**
 * What a word is to the learner (its kind, the learner's mark), which words of an article become study
 * cards (selection, dictionary forms, grammar expressions, compounds) and how decks leave Yomu (Anki CSV,
 * word lists, known-word files). May depend on text, dict, srs (card phases) and support.
 */
package dev.yomu.deck;
