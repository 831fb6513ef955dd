/**
 * The import pipeline: bytes of a file to a stored article. Decoding and cleaning (via text), sentences,
 * analysis on every core, study words (via deck), and one transaction that stores it all.
 * May depend on text, dict, deck, study (the records it returns), store and support; never on cli, tui or the screens.
 */
package dev.yomu.article;
