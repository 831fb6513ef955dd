/**
 * Which words of a sentence an import keeps and how: dictionary forms, grammar expressions read as one
 * word, compounds, study words and names ({@link dev.yomu.article.select.WordSelector}), and the whole
 * path from a sentence to its words for tests and tools ({@link dev.yomu.article.select.StudyWords}).
 * Pure over the tokenizer's output and the dictionary: may depend on text, dict, deck (a word's kind)
 * and support; never on the import itself, store or the screens.
 */
package dev.yomu.article.select;
