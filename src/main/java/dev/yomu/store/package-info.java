/**
 * The H2 database: schema and migrations, backups, and repositories. All SQL and JDBC of Yomu live here:
 * the rest of Yomu holds a {@link dev.yomu.store.Tx} and never its connection.
 * May depend on the value types of text, dict, srs, deck, quiz (a quiz's kind) and study and on support; never on cli, tui,
 * review or reader.
 */
package dev.yomu.store;
