/**
 * The commands (picocli): parse options, build services, print results and map errors to exit codes.
 * Thin: no business rules, no SQL, no transactions (services own them). The only package that wires the
 * others together.
 */
package dev.yomu.cli;
