/**
 * Benchmarks run by {@code yomu bench}: import and analysis throughput against raw Kuromoji in the same
 * run, review and queue at scale, start-up, known-word import. Numbers go to BENCHMARKS.md, never into
 * timed unit tests. May use any capability package; nothing depends on it but cli.
 */
package dev.yomu.bench;
