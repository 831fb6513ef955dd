/**
 * Yomu: Japanese articles into vocabulary study in the terminal. {@link dev.yomu.Main} starts the
 * command line; each capability has its own package (text, dict, deck, article, srs, quiz, quizsession,
 * review, study, reader, store, tui, cli, bench, support), whose package-info says what it holds and may
 * use; ArchitectureTest holds them to it.
 */
package dev.yomu;
