package dev.yomu.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code yomu check}: reads every row of every table (H2 reads each page it touches, so a damaged
 * page shows up as an error here instead of in the middle of a review), then checks what must hold
 * between the tables. Problems are told in plain words; nothing is changed.
 */
public final class DatabaseCheck {
    /** What the check found: rows read, the learner's counts, and each problem as a sentence. */
    public record Report(int tables, long rows, Backups.Contents counts, List<String> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /** An invariant: a query counting the rows that break it, and what to call them. */
    private record Rule(String sql, String problem) {}

    private static final List<Rule> RULES = List.of(
            new Rule("""
                    SELECT COUNT(*) FROM card c JOIN review_log l ON l.word_id = c.word_id
                    WHERE l.id = (SELECT MAX(id) FROM review_log m WHERE m.word_id = c.word_id)
                      AND (c.phase <> l.new_phase OR c.due IS DISTINCT FROM l.new_due)""",
                    "card(s) whose state differs from their last answer in the review history"),
            new Rule("SELECT COUNT(*) FROM card c WHERE c.reps > 0 AND NOT EXISTS (SELECT 1 FROM review_log l WHERE l.word_id = c.word_id)",
                    "reviewed card(s) without any answer in the review history"),
            new Rule("SELECT COUNT(*) FROM card c WHERE NOT EXISTS (SELECT 1 FROM word w WHERE w.id = c.word_id)",
                    "card(s) without their word"),
            new Rule("SELECT COUNT(*) FROM review_log l WHERE NOT EXISTS (SELECT 1 FROM card c WHERE c.word_id = l.word_id)",
                    "answer(s) in the review history without their card"),
            new Rule("""
                    SELECT COUNT(*) FROM word w WHERE w.status = 'UNKNOWN'
                      AND NOT EXISTS (SELECT 1 FROM article_word aw WHERE aw.word_id = w.id)
                      AND NOT EXISTS (SELECT 1 FROM review_log l WHERE l.word_id = w.id)""",
                    "word(s) of no article that were never answered or marked (deleting an article removes them)"),
            new Rule("SELECT COUNT(*) FROM article_word aw WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = aw.article_id)"
                    + " OR NOT EXISTS (SELECT 1 FROM word w WHERE w.id = aw.word_id)",
                    "article-word link(s) to a missing article or word"),
            new Rule("SELECT COUNT(*) FROM sentence_block s WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = s.article_id)",
                    "block(s) of sentences of no article"));

    private DatabaseCheck() {}

    /** Checks the open database, reading it in one transaction. */
    public static Report of(Database db) {
        return db.read(DatabaseCheck::run);
    }

    public static Report run(Tx c) {
        List<String> problems = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) tables.add(rs.getString(1));
        } catch (SQLException e) {
            problems.add("the list of tables cannot be read: the database is damaged (" + firstLine(e) + ")");
            return new Report(0, 0, null, problems);
        }
        long rows = 0;
        for (String table : tables) {
            try {
                rows += readAll(c, table);
            } catch (SQLException e) {
                problems.add("the table " + table.toLowerCase(java.util.Locale.ROOT) + " cannot be read whole: the database is damaged ("
                        + firstLine(e) + ")");
            }
        }
        for (Rule rule : RULES) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(rule.sql())) {
                rs.next();
                long n = rs.getLong(1);
                if (n > 0) problems.add(n + " " + rule.problem());
            } catch (SQLException e) {
                problems.add("a check of " + rule.problem().replace("(s)", "s") + " could not run (" + firstLine(e) + ")");
            }
        }
        Backups.Contents counts = null;
        try {
            counts = Backups.count(c.connection());
        } catch (SQLException e) {
            problems.add("the counts cannot be read (" + firstLine(e) + ")");
        }
        return new Report(tables.size(), rows, counts, problems);
    }

    /** Reads every column of every row, large values included, so every data page is read. */
    private static long readAll(Tx c, String table) throws SQLException {
        long n = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData md = rs.getMetaData();
            int columns = md.getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) rs.getString(i);
                n++;
            }
        }
        return n;
    }

    private static String firstLine(SQLException e) {
        String s = String.valueOf(e.getMessage());
        if (s.contains("Unable to read the page") || s.contains("File corrupted") || s.contains("MVStoreException"))
            return "H2 cannot read one of its pages";
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
