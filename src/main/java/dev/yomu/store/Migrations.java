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
            "V006__card_version.sql", "V007__article_studied_at.sql", "V008__dictionary_out_of_the_database.sql");

    private Migrations() {}

    /** @param beforeChange runs once before the first migration of an existing database (its backup) */
    static void apply(Database db, Runnable beforeChange) throws SQLException {
        Connection c = db.connection();
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
