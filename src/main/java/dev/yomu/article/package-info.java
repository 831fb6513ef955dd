/**
 * The import pipeline: bytes of a file to a stored article. Decoding and cleaning (via text), sentences,
 * analysis on every core, study words (chosen by its sub-package select), and one transaction that stores it all.
 * May depend on article.select, text, dict, deck, study (the records it returns), store and support; never on cli, tui or the screens.
 */
package dev.yomu.article;
