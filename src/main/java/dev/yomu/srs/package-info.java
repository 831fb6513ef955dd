/**
 * Pure FSRS-6 spaced-repetition scheduling: card states, parameters, fuzz and study-day arithmetic.
 * Imports nothing but {@code java.*}; time and randomness always come in as arguments.
 */
package dev.yomu.srs;
