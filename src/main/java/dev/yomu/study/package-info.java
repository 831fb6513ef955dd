/**
 * The learner's cards and words as values that store reads and the services and screens share, so that
 * a screen needs no store type. Records only: no SQL, no rules. May depend on the value types of srs
 * and deck.
 */
package dev.yomu.study;
