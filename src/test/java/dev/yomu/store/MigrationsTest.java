package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

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
        // Build a version-1 database by hand, as the first release left it.
        String url = "jdbc:h2:file:" + home.resolve("yomu");
        try (Connection c = DriverManager.getConnection(url, "yomu", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
            for (String sql : Migrations.statements(new String(
                    Migrations.class.getResourceAsStream("migrations/V001__init.sql").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)))
                st.execute(sql);
            st.execute("INSERT INTO schema_version(version, name) VALUES (1, 'V001__init.sql')");
            st.execute("INSERT INTO setting(name, setting_value) VALUES ('kept', 'yes')");
        }
        try (Database db = Database.open(home)) {
            assertThat(Migrations.currentVersion(db.connection())).isEqualTo(Migrations.latestVersion());
            Optional<String> kept = db.read(c -> new SettingStore().get(c, "kept"));
            assertThat(kept).contains("yes");
        }
    }

    @Test
    void statementsIgnoreCommentsAndSplitOnSemicolons() {
        assertThat(Migrations.statements("-- a comment; here\nCREATE TABLE a (x INT); -- trailing\nCREATE TABLE b (y INT);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }
}
