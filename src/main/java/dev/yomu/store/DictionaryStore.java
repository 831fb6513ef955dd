package dev.yomu.store;

import dev.yomu.support.Progress;
import dev.yomu.dict.DictEntry;
import dev.yomu.dict.Lexicon;
import dev.yomu.dict.Sense;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dictionary in H2, and a {@link Lexicon} over it. Forms are held in memory once loaded, so the
 * compound search over every token costs a hash lookup; full entries are fetched (and cached) only
 * for the words an article actually has.
 */
public final class DictionaryStore implements Lexicon {
    private static final String SEP = "\u001F";
    private static final int BATCH = 2000;

    private final Database db;
    private volatile Set<String> forms;
    private final Map<String, List<DictEntry>> cache = new ConcurrentHashMap<>();

    public DictionaryStore(Database db) {
        this.db = db;
    }

    /** Entries loaded so far (0 before the first load). */
    public int size(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dict_entry")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Replaces the whole dictionary with {@code entries} in the caller's transaction: a failure
     * half-way leaves the previous dictionary in place.
     */
    public int replaceAll(Connection c, Iterator<DictEntry> entries, Progress progress) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM dict_form");
            st.execute("DELETE FROM dict_entry");
        }
        int id = 0;
        try (PreparedStatement pe = c.prepareStatement(
                "INSERT INTO dict_entry(id, headwords, readings, senses, common) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement pf = c.prepareStatement("INSERT INTO dict_form(form, entry_id) VALUES (?, ?)")) {
            while (entries.hasNext()) {
                DictEntry e = entries.next();
                id++;
                pe.setInt(1, id);
                pe.setString(2, String.join(SEP, e.headwords()));
                pe.setString(3, String.join(SEP, e.readings()));
                pe.setString(4, DictCodec.encodeSenses(e.senses()));
                pe.setBoolean(5, e.common());
                pe.addBatch();
                for (String form : distinctForms(e)) {
                    pf.setString(1, form);
                    pf.setInt(2, id);
                    pf.addBatch();
                }
                if (id % BATCH == 0) {
                    pe.executeBatch();
                    pf.executeBatch();
                    progress.advance(BATCH);
                }
            }
            pe.executeBatch();
            pf.executeBatch();
        }
        writeFormSet(c);
        synchronized (this) {
            forms = null;
            cache.clear();
            formAnswers.clear();
            formQueries.set(0);
        }
        return id;
    }

    private static void writeFormSet(Connection c) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT form FROM dict_form")) {
            while (rs.next()) {
                if (all.length() > 0) all.append('\n');
                all.append(rs.getString(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO dict_form_set(id, forms) KEY(id) VALUES (1, ?)")) {
            ps.setString(1, all.toString());
            ps.executeUpdate();
        }
    }

    private static Set<String> distinctForms(DictEntry e) {
        Set<String> out = new LinkedHashSet<>(e.headwords());
        out.addAll(e.readings());
        return out;
    }

    /**
     * The importer analyses sentences in parallel: cached forms are read without a lock, and only a
     * miss takes one, so a form is queried once however many threads want it.
     */
    @Override
    public List<DictEntry> lookup(String form) {
        List<DictEntry> hit = cache.get(form);
        if (hit != null) return hit;
        synchronized (this) {
            return cache.computeIfAbsent(form, f -> db.read(c -> query(c, f)));
        }
    }

    private static List<DictEntry> query(Connection c, String form) throws SQLException {
        String sql = "SELECT e.headwords, e.readings, e.senses, e.common FROM dict_form f "
                + "JOIN dict_entry e ON e.id = f.entry_id WHERE f.form = ? ORDER BY e.id";
        List<DictEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, form);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new DictEntry(split(rs.getString(1)), split(rs.getString(2)),
                            DictCodec.decodeSenses(rs.getString(3)), rs.getBoolean(4)));
            }
        }
        return out;
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(SEP, -1));
    }

    /**
     * Whether any entry is written or read as {@code form}. A short text asks this a few hundred
     * times, which indexed queries answer in a millisecond or two, while reading all 390,000 forms
     * into memory takes about half a second. So the first questions go to the database, and once
     * a text has asked {@value #QUERIES_BEFORE_LOADING} of them the forms are loaded (see
     * {@link #loadForms}, which an importer of a long text calls up front).
     */
    @Override
    public boolean containsForm(String form) {
        Set<String> loaded = forms;
        if (loaded != null) return loaded.contains(form);
        Boolean known = formAnswers.get(form);
        if (known != null) return known;
        if (formQueries.incrementAndGet() > QUERIES_BEFORE_LOADING) return forms().contains(form);
        synchronized (this) {
            return formAnswers.computeIfAbsent(form, f -> db.read(c -> queryForm(c, f)));
        }
    }

    private static final int QUERIES_BEFORE_LOADING = 2_000;
    private final AtomicInteger formQueries = new AtomicInteger();
    private final Map<String, Boolean> formAnswers = new ConcurrentHashMap<>();

    private static boolean queryForm(Connection c, String form) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM dict_form WHERE form = ? LIMIT 1")) {
            ps.setString(1, form);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Reads every form into memory now, so a long text's compound search never waits on a query. */
    public void loadForms() {
        forms();
    }

    private Set<String> forms() {
        Set<String> loaded = forms;
        if (loaded != null) return loaded;
        synchronized (this) {
            if (forms == null) {
                Set<String> all = db.read(DictionaryStore::readFormSet);
                forms = all;
            }
            return forms;
        }
    }

    /** Every form, from the one value that holds them all (one row per form took seconds to read). */
    private static Set<String> readFormSet(Connection c) throws SQLException {
        Set<String> set = new HashSet<>(600_000);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT forms FROM dict_form_set WHERE id = 1")) {
            if (!rs.next()) return set;
            String forms = rs.getString(1);
            int start = 0;
            while (start < forms.length()) {
                int end = forms.indexOf('\n', start);
                if (end < 0) end = forms.length();
                set.add(forms.substring(start, end));
                start = end + 1;
            }
        }
        return set;
    }

    /** Packs senses into one column: senses split by U+001E, pos and glosses by U+001D and U+001F. */
    static final class DictCodec {
        private DictCodec() {}

        static String encodeSenses(List<Sense> senses) {
            StringBuilder sb = new StringBuilder();
            for (Sense s : senses) {
                if (sb.length() > 0) sb.append('\u001E');
                sb.append(String.join(SEP, s.pos())).append('\u001D').append(String.join(SEP, s.glosses()));
            }
            return sb.toString();
        }

        static List<Sense> decodeSenses(String packed) {
            List<Sense> out = new ArrayList<>();
            if (packed.isEmpty()) return out;
            for (String s : packed.split("\u001E", -1)) {
                int cut = s.indexOf('\u001D');
                out.add(new Sense(split(s.substring(0, cut)), split(s.substring(cut + 1))));
            }
            return out;
        }
    }
}
