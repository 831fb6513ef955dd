/**
 * A day of study: the due queue and a review session with undo and typed readings,
 * each learner action one transaction through store. Time comes from an injected Clock.
 * May depend on srs, the value types of deck, study, store, text and support; never on cli or tui.
 */
package dev.yomu.review;
