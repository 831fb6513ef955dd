/**
 * Reading an article: its text as words with statuses, and what the reader's keys change.
 * May depend on review, srs, deck, study, dict, store, text and support; never on cli or tui.
 */
package dev.yomu.reader;
