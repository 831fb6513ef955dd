/**
 * Which words of an article become study cards (selection, dictionary forms, grammar expressions,
 * compounds) and how decks leave Yomu (Anki CSV, word lists, known-word files). May depend on text,
 * dict and support.
 */
package dev.yomu.deck;
