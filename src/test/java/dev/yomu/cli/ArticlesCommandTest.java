package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import dev.yomu.testing.Cli.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking articles back and renaming them, as a learner does after studying them for a while. */
class ArticlesCommandTest {
    private static final String CAT = "猫の記録\n\n今日は猫が庭で遊んでいた。私は窓から静かに観察した。\n";

    @TempDir
    Path home;
    @TempDir
    Path files;
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = Cli.seeded(home);
    }

    private Result withInput(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private long count(String sql, Object... args) throws Exception {
        try (Database db = Database.open(home); PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Set<Long> ids(String sql, Object... args) throws Exception {
        Set<Long> out = new HashSet<>();
        try (Database db = Database.open(home); PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private Map<Long, Long> historyByWord() throws Exception {
        Map<Long, Long> out = new HashMap<>();
        try (Database db = Database.open(home);
             ResultSet rs = db.connection().createStatement().executeQuery("SELECT word_id, COUNT(*) FROM review_log GROUP BY word_id")) {
            while (rs.next()) out.put(rs.getLong(1), rs.getLong(2));
        }
        return out;
    }

    /**
     * Seed article 1 after three reviews and a quiz: its text, word uses and quiz history go; words
     * only it used go unless answered; answered cards keep their history; frequencies stay counts.
     */
    @Test
    void deleteTakesTheArticleAndWhatOnlyItUsedButNeverReviewHistory() throws Exception {
        assertThat(withInput("1\n3\n4\nq\n", "review", "--article", "1", "--new", "3").status()).isZero();
        assertThat(withInput("1\n1\n1\n1\n", "quiz", "1", "-n", "4", "--kind", "vocab", "--seed", "7").status()).isZero();
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt WHERE article_id = 1")).isEqualTo(1);
        Set<Long> onlyHere = ids("SELECT word_id FROM article_word aw WHERE article_id = 1 AND NOT EXISTS "
                + "(SELECT 1 FROM article_word o WHERE o.word_id = aw.word_id AND o.article_id <> 1)");
        Set<Long> shared = ids("SELECT word_id FROM article_word WHERE article_id = 1");
        shared.removeAll(onlyHere);
        Map<Long, Long> history = historyByWord();
        Set<Long> reviewedOnlyHere = new HashSet<>(onlyHere);
        reviewedOnlyHere.retainAll(history.keySet());
        assertThat(onlyHere).hasSizeGreaterThan(50);
        assertThat(shared).hasSizeGreaterThan(20);
        assertThat(history).isNotEmpty();

        Result r = cli.run("articles", "delete", "1", "--yes");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Deleted #1 米国、タリバンとの交渉").contains("11 sentences")
                .contains((onlyHere.size() - reviewedOnlyHere.size()) + " words no other article used");
        assertThat(cli.run("articles", "--json").out()).doesNotContain("\"id\" : 1,").contains("\"id\" : 2,");
        for (String table : new String[] {"sentence_block", "article_word", "quiz_attempt", "quiz_flag"})
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE article_id = 1")).as(table).isZero();
        assertThat(count("SELECT COUNT(*) FROM quiz_answer")).isZero();
        assertThat(historyByWord()).as("every answer is kept").isEqualTo(history);
        for (long id : history.keySet())
            assertThat(count("SELECT COUNT(*) FROM card WHERE word_id = ?", id)).as("card of word %d", id).isOne();
        Set<Long> left = ids("SELECT id FROM word");
        Set<Long> unreviewedOnlyHere = new HashSet<>(onlyHere);
        unreviewedOnlyHere.removeAll(reviewedOnlyHere);
        assertThat(left).doesNotContainAnyElementsOf(unreviewedOnlyHere).containsAll(shared).containsAll(reviewedOnlyHere);
        assertThat(count("SELECT COUNT(*) FROM card c WHERE NOT EXISTS (SELECT 1 FROM word w WHERE w.id = c.word_id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM word w WHERE w.freq <> "
                + "(SELECT COALESCE(SUM(aw.count), 0) FROM article_word aw WHERE aw.word_id = w.id)")).isZero();
    }

    /** A kept card whose only article is gone is still reviewed, without a sentence rather than a broken one. */
    @Test
    void aReviewedCardOfADeletedArticleIsStillReviewedWithoutItsSentence() throws Exception {
        Path cat = files.resolve("cat.txt");
        Files.writeString(cat, CAT);
        assertThat(cli.run("import", cat.toString()).status()).isZero();
        Result first = withInput("1\nq\n", "review", "--article", "5", "--new", "1");
        String word = first.out().lines().skip(1).findFirst().orElseThrow();
        assertThat(first.out()).contains("from: 猫の記録");
        assertThat(count("SELECT COUNT(*) FROM article_word aw JOIN word w ON w.id = aw.word_id WHERE w.lemma = ?", word))
                .as("%s is only in the cat article", word).isOne();

        assertThat(cli.run("articles", "delete", "猫の記録", "--yes").status()).isZero();

        Result later = withInput("q\n", "review", "--now", "2026-03-01T02:00:00Z");
        assertThat(later.status()).as(later.err()).isZero();
        assertThat(later.out().lines().skip(1).findFirst()).contains(word);
        assertThat(later.out()).doesNotContain("猫の記録").contains("answer: ");
    }

    @Test
    void withoutATerminalOrYesNothingIsDeleted() throws Exception {
        String before = cli.run("articles", "--json").out();
        Result r = cli.run("articles", "delete", "2");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("#2 対ソ干渉戦争").contains("not a terminal").contains("--yes");
        assertThat(cli.run("articles", "--json").out()).isEqualTo(before);
    }

    /** The learner at a terminal: JLine's external terminal over byte streams, typing an answer. */
    private Result atTerminal(String typed, ByteArrayOutputStream screen, String... args) {
        cli.terminal(() -> {
            try {
                return Optional.of(new ExternalTerminal("test", "xterm-256color",
                        new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return cli.run(args);
    }

    @Test
    void atATerminalOnlyATypedYesDeletes() throws Exception {
        for (String typed : new String[] {"\r", "n\r", "no\r", "\u0003", ""}) {
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            Result r = atTerminal(typed, screen, "articles", "delete", "2");
            assertThat(r.status()).as("typed %s: %s", typed.codePoints().boxed().toList(), r.err()).isZero();
            assertThat(r.out()).isEqualTo("Nothing deleted.\n");
            // the typed keys are echoed as they arrive, which here is before the question shows
            assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Delete #2 対ソ干渉戦争 (57 sentences, ")
                    .contains("no other article uses)? This cannot be undone. [y/N] ");
        }
        assertThat(cli.run("articles").out()).contains("対ソ干渉戦争");
        Result yes = atTerminal("ｙ\r", new ByteArrayOutputStream(), "articles", "delete", "2");
        assertThat(yes.out()).startsWith("Deleted #2 対ソ干渉戦争: 57 sentences");
        assertThat(cli.run("articles").out()).doesNotContain("対ソ干渉戦争");
    }

    @Test
    void renameGivesANewTitleThatAReimportKeeps() throws Exception {
        Path cat = files.resolve("cat.txt");
        Files.writeString(cat, CAT);
        cli.run("import", cat.toString());
        Result r = cli.run("articles", "rename", "5", "  \u001b[31m庭の猫\u001b[0m ");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Renamed #5: 猫の記録 → 庭の猫\n");
        assertThat(cli.run("articles").out()).contains("庭の猫").doesNotContain("猫の記録");
        assertThat(cli.run("import", cat.toString()).out()).contains("unchanged").contains("#5 庭の猫");
        assertThat(cli.run("words", "庭の猫").status()).isZero();
    }

    @Test
    void anEmptyOrOverlongTitleIsRefusedAndNothingChanges() {
        String before = cli.run("articles", "--json").out();
        for (String title : new String[] {"  ", "\u001b[0m", "長".repeat(201)}) {
            Result r = cli.run("articles", "rename", "1", title);
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
        }
        assertThat(cli.run("articles", "--json").out()).isEqualTo(before);
    }

    @Test
    void deleteAndRenameExplainThemselves() {
        assertThat(cli.run("articles", "delete", "--help").out()).contains("--yes", "review history", "ARTICLE");
        assertThat(cli.run("articles", "rename", "--help").out()).contains("ARTICLE", "TITLE");
        assertThat(cli.run("articles", "--help").out()).contains("delete", "rename");
    }

    /** The ⚡ in a seed's title is two columns on a terminal: its row lines up with the others, cut titles end in …. */
    @Test
    void theArticlesTableLinesUpRowsWithEmojiAndCutsTitlesWithAnEllipsis() {
        String[] lines = cli.run("articles").out().split("\n");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("⚡"));
        int width = dev.yomu.text.DisplayWidth.of(lines[0]);
        for (String l : lines) {
            // the numbers are right-aligned to the end: one row a column off shows here
            assertThat(dev.yomu.text.DisplayWidth.of(l)).as(l).isEqualTo(width);
        }
        assertThat(lines).filteredOn(l -> l.contains("⚡")).singleElement().asString().contains("…");
    }
}
