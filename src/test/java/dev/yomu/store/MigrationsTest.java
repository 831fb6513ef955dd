package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yomu.quiz.QuestionKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path home;

    @Test
    void newDatabaseIsAtTheLatestVersion() throws Exception {
        try (Database db = Database.open(home)) {
            assertThat(Migrations.currentVersion(db.connection())).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void aDatabaseWrittenByANewerYomuIsRefusedInOneLineAndLeftAsItWas() throws Exception {
        try (Database db = Database.open(home)) {
            try (Statement st = db.connection().createStatement()) {
                st.execute("INSERT INTO schema_version(version, name) VALUES (99, 'V099__future.sql')");
            }
            db.connection().commit();
        }

        assertThatThrownBy(() -> Database.open(home))
                .isInstanceOf(dev.yomu.support.YomuException.class)
                .hasMessage("The database in " + home + " was written by a newer Yomu (schema 99); this Yomu knows up to schema "
                        + Migrations.latestVersion() + ". Update Yomu, or use another data folder with --home.");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("yomu"), "yomu", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(99);
        }
    }

    @Test
    void reopeningKeepsDataAndRunsNothingTwice() throws Exception {
        try (Database db = Database.open(home)) {
            db.transaction(c -> {
                new SettingStore().put(c, "k", "v");
                return null;
            });
        }
        try (Database db = Database.open(home)) {
            Optional<String> v = db.read(c -> new SettingStore().get(c, "k"));
            assertThat(v).contains("v");
            try (Statement st = db.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Migrations.latestVersion());
            }
        }
    }

    @Test
    void olderDatabaseIsUpgradedInPlaceWithoutLosingRows() throws Exception {
        try (Connection c = databaseAtVersion(1); Statement st = c.createStatement()) {
            st.execute("INSERT INTO setting(name, setting_value) VALUES ('kept', 'yes')");
        }
        try (Database db = Database.open(home)) {
            assertThat(Migrations.currentVersion(db.connection())).isEqualTo(Migrations.latestVersion());
            Optional<String> kept = db.read(c -> new SettingStore().get(c, "kept"));
            assertThat(kept).contains("yes");
        }
    }

    @Test
    void perSentenceOccurrencesBecomeArticleWordsAndSentenceWordLists() throws Exception {
        try (Connection c = databaseAtVersion(2); Statement st = c.createStatement()) {
            st.execute("INSERT INTO article(id, title, content_hash, charset, chars, imported_at, updated_at) "
                    + "VALUES (7, '記事', 'h', 'UTF-8', 20, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO sentence(id, article_id, ord, block_ord, kind, text, tokens) VALUES "
                    + "(100, 7, 0, 0, 'PARAGRAPH', '猫が猫を見た。', ''), (101, 7, 1, 1, 'PARAGRAPH', '犬がいる。', ''), "
                    + "(102, 7, 2, 2, 'PARAGRAPH', '猫と犬。', '')");
            st.execute("INSERT INTO word(id, lemma, reading, pos, kind, freq) VALUES (1, '猫', 'ねこ', 'noun', 'STUDY', 3), "
                    + "(2, '犬', 'いぬ', 'noun', 'STUDY', 2), (3, '見る', 'みる', 'verb', 'STUDY', 1)");
            st.execute("INSERT INTO occurrence(sentence_id, word_id, count) VALUES (100, 1, 2), (100, 3, 1), "
                    + "(101, 2, 1), (102, 1, 1), (102, 2, 1)");
        }
        try (Database db = Database.open(home); Statement st = db.connection().createStatement()) {
            assertThat(rows(st, "SELECT CONCAT(word_id, ':', count, ':', sentence_ords) FROM article_word "
                    + "WHERE article_id = 7 ORDER BY word_id")).containsExactly("1:3:0 2", "2:2:1 2", "3:1:0");
            assertThat(rows(st, "SELECT REPLACE(word_ids, CHAR(29), '|') FROM sentence_block")).containsExactly("1 3|2|1 2");
            java.util.List<ArticleStore.StoredSentence> kept = db.read(c -> new ArticleStore(db).sentences(c, 7));
            assertThat(kept).extracting(s -> s.ord() + s.text())
                    .containsExactly("0猫が猫を見た。", "1犬がいる。", "2猫と犬。");
            assertThat(rows(st, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'OCCURRENCE'"))
                    .containsExactly("0");
        }
    }

    @Test
    void sentencesNumberedWithAGapAreRenumberedBeforeTheyAreBlocked() throws Exception {
        try (Connection c = databaseAtVersion(2); Statement st = c.createStatement()) {
            st.execute("INSERT INTO article(id, title, content_hash, charset, chars, imported_at, updated_at) "
                    + "VALUES (7, '記事', 'h', 'UTF-8', 20, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO word(id, lemma, reading, pos, kind, freq) VALUES (1, '猫', 'ねこ', 'noun', 'STUDY', 2)");
            // 65 sentences numbered 1 ... 65: one more than a block, and not starting at 0
            for (int ord = 1; ord <= 65; ord++)
                st.execute("INSERT INTO sentence(id, article_id, ord, block_ord, kind, text, tokens) VALUES (" + (100 + ord)
                        + ", 7, " + ord + ", " + ord + ", 'PARAGRAPH', '文" + ord + "。', '')");
            st.execute("INSERT INTO occurrence(sentence_id, word_id, count) VALUES (101, 1, 1), (165, 1, 1)");
        }
        try (Database db = Database.open(home); Statement st = db.connection().createStatement()) {
            java.util.List<ArticleStore.StoredSentence> kept = db.read(c -> new ArticleStore(db).sentences(c, 7));
            assertThat(kept).hasSize(65);
            for (int i = 0; i < 65; i++) assertThat(kept.get(i).ord() + kept.get(i).text()).isEqualTo(i + "文" + (i + 1) + "。");
            assertThat(rows(st, "SELECT sentence_ords FROM article_word WHERE article_id = 7")).containsExactly("0 64");
            assertThat(rows(st, "SELECT first_ord FROM sentence_block WHERE article_id = 7 ORDER BY first_ord"))
                    .containsExactly("0", "64");
        }
    }

    @Test
    void questionKindsStoredAsLabelsBecomeEnumNames() throws Exception {
        try (Connection c = databaseAtVersion(8); Statement st = c.createStatement()) {
            st.execute("INSERT INTO article(id, title, content_hash, charset, chars, imported_at, updated_at) "
                    + "VALUES (7, '記事', 'h', 'UTF-8', 20, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO quiz_attempt(id, article_id, quiz_kind, seed, questions, started_at) "
                    + "VALUES (1, 7, 'mixed', 3, 3, CURRENT_TIMESTAMP)");
            // as Yomu up to schema 8 wrote them: QuestionKind.label()
            st.execute("INSERT INTO quiz_answer(attempt_id, ord, question_key, question_kind, chosen, correct, answered_at) "
                    + "VALUES (1, 0, 'k0', 'reading', 1, TRUE, CURRENT_TIMESTAMP), (1, 1, 'k1', 'agreement', 0, FALSE, "
                    + "CURRENT_TIMESTAMP), (1, 2, 'k2', 'written', 2, TRUE, CURRENT_TIMESTAMP)");
        }
        try (Database db = Database.open(home); Statement st = db.connection().createStatement()) {
            assertThat(rows(st, "SELECT question_kind FROM quiz_answer ORDER BY ord")).map(QuestionKind::valueOf)
                    .containsExactly(QuestionKind.READING, QuestionKind.AGREEMENT, QuestionKind.WRITTEN);
        }
    }

    @Test
    void theDictionaryTablesOfAnOlderDatabaseAreDropped() throws Exception {
        try (Connection c = databaseAtVersion(4); Statement st = c.createStatement()) {
            st.execute("INSERT INTO dict_entry(id, headwords, readings, senses, common) VALUES "
                    + "(1, '報道官', 'ほうどうかん', '', TRUE)");
            st.execute("INSERT INTO dict_form(form, entry_id) VALUES ('報道官', 1), ('ほうどうかん', 1)");
            st.execute("INSERT INTO setting(name, setting_value) VALUES ('kept', 'yes')");
        }
        try (Database db = Database.open(home); Statement st = db.connection().createStatement()) {
            assertThat(rows(st, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'DICT%'")).isEmpty();
            assertThat(rows(st, "SELECT setting_value FROM setting WHERE name = 'kept'")).containsExactly("yes");
        }
    }

    @Test
    void anUpgradeIsBackedUpFirstAndDoesNotStartWithoutItsBackup() throws Exception {
        int older = Migrations.latestVersion() - 1;
        try (Connection c = databaseAtVersion(older); Statement st = c.createStatement()) {
            st.execute("INSERT INTO setting(name, setting_value) VALUES ('kept', 'yes')");
        }
        java.nio.file.Files.writeString(home.resolve("backups"), "a file where the folder should be");
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T01:00:00Z"), java.time.ZoneId.of("UTC"));

        assertThatThrownBy(() -> Database.open(home, clock))
                .isInstanceOf(dev.yomu.support.YomuException.class)
                .hasMessageStartingWith("Cannot write a backup to " + home.resolve("backups"))
                .hasMessageEndingWith("This Yomu upgrades the database only after backing it up; nothing was changed.");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("yomu"), "yomu", "")) {
            assertThat(Migrations.currentVersion(c)).isEqualTo(older);
        }

        java.nio.file.Files.delete(home.resolve("backups"));
        try (Database db = Database.open(home, clock)) {
            assertThat(Migrations.currentVersion(db.connection())).isEqualTo(Migrations.latestVersion());
        }
        java.util.List<Backups.Backup> made = new Backups(home, clock).list();
        assertThat(made).singleElement().extracting(Backups.Backup::reason).isEqualTo("before-upgrade");
        assertThat(made.get(0).contents()).get().extracting(Backups.Contents::schema).isEqualTo(older);
    }

    @Test
    void aBackupOfAnOlderSchemaIsRebuiltAtThatSchemaThenMigrated(@TempDir Path elsewhere) throws Exception {
        int older = 4; // before V005, which builds dict_form_set from dict_form: the dictionary's tables must be there until V008
        try (Connection c = databaseAtVersion(older); Statement st = c.createStatement()) {
            st.execute("INSERT INTO setting(name, setting_value) VALUES ('kept', 'yes')");
        }
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-01T01:00:00Z"), java.time.ZoneId.of("UTC"));
        Database.open(home, clock).close(); // the upgrade backs the schema-4 database up first
        Backups.Backup before = new Backups(home, clock).list().get(0);
        assertThat(before.contents()).get().extracting(Backups.Contents::schema).isEqualTo(older);

        Backups.Unpacked u = new Backups(elsewhere, clock).unpack(before.file());
        new Backups(elsewhere, clock).install(u);

        assertThat(u.withDictionary()).isFalse();
        assertThat(u.contents().schema()).isEqualTo(Migrations.latestVersion());
        try (Database db = Database.open(elsewhere, clock); Statement st = db.connection().createStatement()) {
            assertThat(rows(st, "SELECT version FROM schema_version ORDER BY version")).hasSize(Migrations.latestVersion());
            assertThat(rows(st, "SELECT setting_value FROM setting WHERE name = 'kept'")).containsExactly("yes");
            assertThat(rows(st, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'DICT%'")).isEmpty();
        }
        assertThat(new Backups(elsewhere, clock).list()).isEmpty(); // already migrated: no before-upgrade backup of the restored copy
    }

    /** A database as the release at {@code version} left it: that release's migrations, applied by hand. */
    private Connection databaseAtVersion(int version) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("yomu"), "yomu", "");
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
            for (int v = 1; v <= version; v++) {
                String name = Migrations.FILES.get(v - 1);
                for (String sql : SqlScript.statements(new String(
                        Migrations.class.getResourceAsStream("migrations/" + name).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)))
                    st.execute(sql);
                st.execute("INSERT INTO schema_version(version, name) VALUES (" + v + ", '" + name + "')");
            }
        }
        return c;
    }

    private static java.util.List<String> rows(Statement st, String sql) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Test
    void aSemicolonOrDashesInsideQuotesAreTextAndQuotesInsideCommentsAreIgnored() {
        assertThat(SqlScript.statements("INSERT INTO t VALUES ('a;b', 'it''s -- not a comment'); -- it's done;\n"
                + "/* one; two */ UPDATE \"odd;name\" SET x = ';';\n;\nDELETE FROM t"))
                .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s -- not a comment')",
                        "UPDATE \"odd;name\" SET x = ';'", "DELETE FROM t");
    }

    @Test
    void aLiteralWithASemicolonIsStoredWhole() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:split", "yomu", "");
             Statement st = c.createStatement()) {
            for (String sql : SqlScript.statements("CREATE TABLE t (v VARCHAR(20)); INSERT INTO t VALUES ('a;b--c');"))
                st.execute(sql);
            assertThat(rows(st, "SELECT v FROM t")).containsExactly("a;b--c");
        }
    }

    @Test
    void everyAppliedMigrationHasTheChecksumOfItsText() throws Exception {
        try (Database db = Database.open(home); Statement st = db.connection().createStatement()) {
            assertThat(rows(st, "SELECT checksum FROM schema_version ORDER BY version")).containsExactlyElementsOf(
                    Migrations.FILES.stream().map(MigrationsTest::checksumOfShipped).toList());
        }
    }

    @Test
    void scriptsAppliedBeforeChecksumsWereKeptGetTheirChecksumAtFirstOpen() throws Exception {
        databaseAtVersion(Migrations.latestVersion()).close(); // schema_version without a checksum column
        try (Database db = Database.open(home); Statement st = db.connection().createStatement()) {
            assertThat(rows(st, "SELECT checksum FROM schema_version ORDER BY version")).containsExactlyElementsOf(
                    Migrations.FILES.stream().map(MigrationsTest::checksumOfShipped).toList());
        }
    }

    @Test
    void aMigrationEditedAfterItRanIsRefusedInOneLineNamingTheFile() throws Exception {
        Database.open(home).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("yomu"), "yomu", "");
             Statement st = c.createStatement()) {
            st.execute("UPDATE schema_version SET checksum = '" + Migrations.checksum("the text as it was") + "' WHERE version = 3");
        }

        assertThatThrownBy(() -> Database.open(home))
                .isInstanceOf(dev.yomu.support.YomuException.class)
                .hasMessage("The database in " + home + " was built with another text of migration V003__article_words.sql"
                        + " than this Yomu's (its checksum differs): an applied migration must never be edited; add a new one."
                        + " Nothing was changed.");
    }

    @Test
    void theChecksumsKnownInAdvanceAreThoseOfTheShippedScripts() {
        for (String name : Migrations.FILES)
            assertThat(Migrations.shippedChecksum(name)).as(name).isEqualTo(checksumOfShipped(name));
    }

    @Test
    void onlyADatabaseWithEveryScriptAndItsChecksumCountsAsUpToDate() throws Exception {
        try (Database db = Database.open(home)) {
            assertThat(Migrations.upToDate(db.connection())).isTrue();
            try (Statement st = db.connection().createStatement()) {
                st.execute("UPDATE schema_version SET checksum = NULL WHERE version = 2");
                assertThat(Migrations.upToDate(db.connection())).as("a checksum missing").isFalse();
                st.execute("UPDATE schema_version SET checksum = '" + Migrations.checksum("other text") + "' WHERE version = 2");
                assertThat(Migrations.upToDate(db.connection())).as("a checksum differs").isFalse();
                st.execute("UPDATE schema_version SET checksum = '" + checksumOfShipped(Migrations.FILES.get(1)) + "' WHERE version = 2");
                assertThat(Migrations.upToDate(db.connection())).as("put back").isTrue();
                st.execute("INSERT INTO schema_version(version, name) VALUES (99, 'V099__future.sql')");
                assertThat(Migrations.upToDate(db.connection())).as("a newer Yomu's").isFalse();
                st.execute("DELETE FROM schema_version WHERE version >= " + Migrations.latestVersion());
                assertThat(Migrations.upToDate(db.connection())).as("an older Yomu's").isFalse();
            }
            db.connection().rollback();
        }
    }

    @Test
    void aDatabaseWithoutVersionsOrWithoutChecksumsIsNotUpToDate() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("empty"), "yomu", "")) {
            assertThat(Migrations.upToDate(c)).as("no version table").isFalse();
        }
        try (Connection c = databaseAtVersion(Migrations.latestVersion())) { // schema_version without a checksum column
            assertThat(Migrations.upToDate(c)).as("no checksum column").isFalse();
        }
    }

    @Test
    void aChecksumIgnoresWindowsLineEnds() {
        assertThat(Migrations.checksum("CREATE TABLE a (x INT);\r\nDROP TABLE a;\r\n"))
                .isEqualTo(Migrations.checksum("CREATE TABLE a (x INT);\nDROP TABLE a;\n"))
                .isNotEqualTo(Migrations.checksum("CREATE TABLE a (x INT);\nDROP TABLE b;\n"));
    }

    private static String checksumOfShipped(String name) {
        try (var in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            return Migrations.checksum(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void statementsIgnoreCommentsAndSplitOnSemicolons() {
        assertThat(SqlScript.statements("-- a comment; here\nCREATE TABLE a (x INT); -- trailing\nCREATE TABLE b (y INT);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }
}
