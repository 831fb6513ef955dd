/**
 * Small helpers every package may use: argument checks ({@code Check}), exit codes, the one
 * exception type with a learner-facing message, bundled rule tables, and {@code Progress}, how long
 * work (an import, a dictionary load) reports how far it got, and {@code TestPause}, the
 * test-only seam where kill tests stop a process at a known point. Depends on nothing in Yomu.
 */
package dev.yomu.support;
