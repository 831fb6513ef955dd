/**
 * What a word is to the learner (its kind, the learner's mark, its study stage) and how decks leave Yomu
 * (Anki CSV, word lists, known-word files). Which words of an article become study words is the
 * import's business, in article.select. May depend on text, dict, srs (card phases) and support.
 */
package dev.yomu.deck;
