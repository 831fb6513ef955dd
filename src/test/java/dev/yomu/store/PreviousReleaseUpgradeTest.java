package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the release that kept the dictionary in it (schema 7) opens with this Yomu
 * and keeps every row of the learner's data, while the dictionary's tables are gone.
 *
 * <p>The fixture {@code store/schema7-home.sql.gz} is H2's SCRIPT (gzipped) of a data folder made
 * with that release's jar (commit 2393cbd): {@code yomu import} of a short article,
 * {@code yomu review --new 5} answered 3 1 3 4 2, {@code yomu config new-per-day 7} and
 * {@code backup-days 0}, {@code yomu dict import} of a two-entry EDICT with {@code --force} (so the
 * dictionary tables hold a little, not 390,000 rows), then {@code yomu}, which imported the four
 * seeds: five articles, their words and cards, five review-log rows, settings.
 */
class PreviousReleaseUpgradeTest {
    @TempDir
    Path home;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T01:00:00Z"), ZoneId.of("UTC"));

    @Test
    void everyRowOfTheLearnersDataSurvivesAndTheDictionaryTablesAreDropped() throws Exception {
        Path script = home.resolveSibling(home.getFileName() + "-fixture.sql.gz");
        try (var in = PreviousReleaseUpgradeTest.class.getResourceAsStream("/store/schema7-home.sql.gz")) {
            Files.copy(in, script);
        }
        Map<String, List<String>> before;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("yomu"), "yomu", "");
             Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script + "' COMPRESSION GZIP");
            assertThat(rows(st, "SELECT MAX(version) FROM schema_version")).containsExactly("7");
            assertThat(rows(st, "SELECT COUNT(*) FROM dict_entry")).containsExactly("2");
            before = learnerTables(st);
        } finally {
            Files.delete(script);
        }
        // The fixture holds what a learner has: not an empty database.
        assertThat(before.get("ARTICLE")).hasSize(5);
        assertThat(before.get("CARD").size()).isGreaterThan(10);
        assertThat(before.get("REVIEW_LOG")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(before.get("SETTING")).contains("config.new-per-day|7|", "config.backup-days|0|");

        try (Database db = Database.open(home, CLOCK); Statement st = db.connection().createStatement()) {
            assertThat(Migrations.currentVersion(db.connection())).isEqualTo(Migrations.latestVersion());
            // the scripts that release applied are recorded as this Yomu's text, not refused
            assertThat(rows(st, "SELECT COUNT(*) FROM schema_version WHERE checksum IS NULL")).containsExactly("0");
            assertThat(rows(st, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'DICT%'")).isEmpty();
            Map<String, List<String>> after = learnerTables(st);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            for (String table : before.keySet()) assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        // and the runner backed the schema-7 database up before changing it
        List<Backups.Backup> made = new Backups(home, CLOCK).list();
        assertThat(made).singleElement().extracting(Backups.Backup::reason).isEqualTo("before-upgrade");
    }

    /** Every row of every table but the dictionary's and the migration record, as text, sorted. */
    private static Map<String, List<String>> learnerTables(Statement st) throws Exception {
        List<String> tables = rows(st, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME NOT LIKE 'DICT%' AND TABLE_NAME <> 'SCHEMA_VERSION'");
        Map<String, List<String>> out = new TreeMap<>();
        for (String t : tables) {
            List<String> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) row.append(rs.getString(i)).append('|');
                    all.add(row.toString());
                }
            }
            all.sort(null);
            out.put(t, all);
        }
        return out;
    }

    private static List<String> rows(Statement st, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
