package dev.yomu.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import dev.yomu.support.YomuException;

/**
 * Versioned schema changes. Each {@code migrations/Vnnn__name.sql} runs once, in order, in its own
 * transaction, and {@code schema_version} remembers which ran, so a newer Yomu upgrades an older
 * database in place without losing anything.
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
        if (current > 0 && current < FILES.size()) beforeChange.run();
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

    private static void runOne(Connection c, int version, String name) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : statements(load(name))) st.execute(sql);
            st.execute("INSERT INTO schema_version(version, name) VALUES (" + version + ", '" + name + "')");
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

    /** Splits a migration into statements; our migrations keep ';' out of literals, so this is enough. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
            cur.append(code).append('\n');
            if (code.trim().endsWith(";")) {
                String s = cur.toString().trim();
                out.add(s.substring(0, s.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().trim());
        return out;
    }
}
