/**
 * The full-screen JLine screens (review, reader, quiz, yes/no questions) and how they paint. Screens
 * show what services return and send the learner's keys back to them; no SQL and no rules here.
 * May depend on reader, review, quizsession, quiz, the value types of deck, study and srs, text and
 * support; never on store (screens see what services return) and never on cli.
 */
package dev.yomu.tui;
