/**
 * Per-article quizzes, pure: question generation from an article's sentences and words, the rules
 * every question must pass, and the hand-written quiz file format. No SQL, clock or terminal here;
 * randomness comes from a seed the caller passes, so a seed always gives the same quiz.
 */
package dev.yomu.quiz;
