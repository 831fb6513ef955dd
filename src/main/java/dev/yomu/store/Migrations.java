package dev.yomu.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import dev.yomu.support.YomuException;

/**
 * Versioned schema changes. Each {@code migrations/Vnnn__name.sql} runs once, in order, in its own
 * transaction, and {@code schema_version} remembers which ran and the SHA-256 of its text, so a newer
 * Yomu upgrades an older database in place without losing anything, and a script edited after it
 * ran somewhere is refused instead of leaving that database different from a new one.
 */
public final class Migrations {
    /** Every migration in order; a new release appends to this list and never edits an old file. */
    static final List<String> FILES = List.of("V001__init.sql", "V002__quiz.sql", "V003__article_words.sql",
            "V004__sentence_blocks.sql", "V005__dict_form_set.sql",
            "V006__card_version.sql", "V007__article_studied_at.sql", "V008__dictionary_out_of_the_database.sql",
            "V009__question_kind_names.sql");

    /**
     * The SHA-256 of each shipped script, known in advance so that an ordinary start compares strings
     * instead of reading and hashing every script from the jar (MigrationsTest keeps these equal to
     * the files). A script missing here is hashed at each start: slower, never wrong.
     */
    private static final Map<String, String> SHIPPED_CHECKSUMS = Map.of(
            "V001__init.sql", "126eb9a601dd17f3db78b8fa0fa45eac8ebc0563aa3f38b56a8f2ed5f1d4c249",
            "V002__quiz.sql", "7a02da720964a8c32bfaf91fbaf0fd45145c9779e842730217b5b1bb5c44e694",
            "V003__article_words.sql", "b2696b1b77edf635d32199d7e7021f4679d31a091b51a073ec165fbbfcf69dba",
            "V004__sentence_blocks.sql", "5dbdd99db3aaa61094be922f5496dd323d83e3cfa8921ce556e818ae3bf16343",
            "V005__dict_form_set.sql", "c056679e61769312a4f8466a74f644e3639df5a094357c74b0a01a1bbae636c1",
            "V006__card_version.sql", "3b97c38942f023d910cfc001d73b3046f9826bc88e71506c8da5277c5742881d",
            "V007__article_studied_at.sql", "68b20f15e709f75067bc4154bc547e7034f53d3ff6a8736fa24d245c2ecbb5bb",
            "V008__dictionary_out_of_the_database.sql", "880d92b531809427259ed197e40576c3527d95e7a0f8c101fac9210a5dcdedc8",
            "V009__question_kind_names.sql", "acb228226834ee9e9588e2a3cbfc249d278c54d64c4535032dfa452a69d9d03f");

    private Migrations() {}

    /** @param beforeChange runs once before the first migration of an existing database (its backup) */
    static void apply(Database db, Runnable beforeChange) throws SQLException {
        Connection c = db.connection();
        if (upToDate(c)) return;
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
        }
        c.commit();
        int current = currentVersion(c);
        if (current > FILES.size())
            // Its tables may hold columns this Yomu would not fill in (NOT NULL failures at the first answer).
            throw YomuException.unavailable("The database in " + db.file().getParent() + " was written by a newer Yomu (schema "
                    + current + "); this Yomu knows up to schema " + FILES.size()
                    + ". Update Yomu, or use another data folder with --home.", null);
        boolean keepsChecksums = keepsChecksums(c);
        if (keepsChecksums) refuseChangedScripts(db, c);
        if (current > 0 && current < FILES.size()) beforeChange.run();
        // A read-only database must still open for reading (even a no-op ALTER fails there): its checksums
        // are recorded at the first open that can write.
        if (!readOnly(c)) {
            if (!keepsChecksums) {
                // The runner's own bookkeeping, not a schema change: a migration V009 for it would make every
                // older Yomu refuse the database as "written by a newer Yomu" for one column it never reads.
                try (Statement st = c.createStatement()) {
                    st.execute("ALTER TABLE schema_version ADD COLUMN checksum VARCHAR(64)");
                }
            }
            recordMissingChecksums(c);
        }
        for (int i = current; i < FILES.size(); i++) {
            runOne(c, i + 1, FILES.get(i));
        }
    }

    /**
     * Whether the database already has every script of this Yomu, each recorded with the checksum of
     * the shipped text: then there is nothing to do, and one query has shown it. This is every
     * ordinary start; anything else (a new or older database, a missing checksum, an edited script,
     * a newer Yomu's database) goes the whole way, which creates, records, refuses or upgrades.
     */
    static boolean upToDate(Connection c) {
        int expected = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                if (expected == FILES.size() || rs.getInt(1) != expected + 1
                        || !shippedChecksum(FILES.get(expected)).equals(rs.getString(2))) return false;
                expected++;
            }
        } catch (SQLException e) {
            return false; // no version table yet, or one without checksums: the whole way sees to it
        }
        return expected == FILES.size();
    }

    static String shippedChecksum(String name) {
        String known = SHIPPED_CHECKSUMS.get(name);
        return known != null ? known : checksum(load(name));
    }

    public static int latestVersion() {
        return FILES.size();
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean readOnly(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT READONLY()")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static boolean keepsChecksums(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                     + " WHERE TABLE_NAME = 'SCHEMA_VERSION' AND COLUMN_NAME = 'CHECKSUM'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /** An applied script whose text is no longer the text that ran: this database differs from a new one. */
    private static void refuseChangedScripts(Database db, Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, checksum FROM schema_version WHERE checksum IS NOT NULL ORDER BY version")) {
            while (rs.next()) {
                String name = FILES.get(rs.getInt(1) - 1);
                if (!rs.getString(2).equals(checksum(load(name))))
                    throw YomuException.unavailable("The database in " + db.file().getParent() + " was built with another text of "
                            + "migration " + name + " than this Yomu's (its checksum differs): an applied migration must never be edited;"
                            + " add a new one. Nothing was changed.", null);
            }
        }
    }

    /** Scripts applied before checksums were kept (or by such a Yomu) are recorded as this Yomu's text at first open. */
    private static void recordMissingChecksums(Connection c) throws SQLException {
        List<Integer> missing = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM schema_version WHERE checksum IS NULL ORDER BY version")) {
            while (rs.next()) missing.add(rs.getInt(1));
        }
        if (missing.isEmpty()) return;
        try (PreparedStatement set = c.prepareStatement("UPDATE schema_version SET checksum = ? WHERE version = ?")) {
            for (int version : missing) {
                set.setString(1, checksum(load(FILES.get(version - 1))));
                set.setInt(2, version);
                set.executeUpdate();
            }
        }
        c.commit();
    }

    /** SHA-256 of the script's text in hexadecimal, line ends as LF (a checkout with CRLF is the same script). */
    static String checksum(String script) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(script.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static void runOne(Connection c, int version, String name) throws SQLException {
        String script = load(name);
        try (Statement st = c.createStatement();
             PreparedStatement record = c.prepareStatement("INSERT INTO schema_version(version, name, checksum) VALUES (?, ?, ?)")) {
            for (String sql : SqlScript.statements(script)) st.execute(sql);
            record.setInt(1, version);
            record.setString(2, name);
            record.setString(3, checksum(script));
            record.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) throw new IllegalStateException("Migration missing from the jar: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
