/**
 * Small helpers every package may use: argument checks ({@code Check}), exit codes, the one
 * exception type with a learner-facing message, bundled rule tables. Depends on nothing in Yomu.
 */
package dev.yomu.support;
