package dev.yomu.store;

import dev.yomu.support.AtomicFiles;
import dev.yomu.support.TestPause;
import dev.yomu.support.YomuException;
import java.io.IOException;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the learner's data in {@code backups/} of the data folder: an SQL script (H2's {@code
 * SCRIPT}) of every table except the dictionary's, whose definitions alone are kept, zipped into a
 * temporary file that is moved in whole, so a kill during a backup leaves the database and the
 * earlier backups as they were. The dictionary is nine tenths of the database and can be made again
 * (the bundled EDICT loads itself into an empty dictionary; an imported JMdict can be imported
 * again), as Anki backs up the collection and not add-on data: a backup is a few hundred KB, made
 * in about a second, not 60 MB in half a minute. Each zip carries a comment saying it is a Yomu
 * backup and what it holds, so {@code yomu restore} can list backups without opening them.
 * Backups made by earlier versions (H2's {@code BACKUP TO}: the whole database file) still restore.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    /** The file inside the zip: the script. RUNSCRIPT ... COMPRESSION ZIP reads the entry of this name. */
    static final String SCRIPT = "script.sql";
    /** The file inside an earlier version's zip: the whole database, as H2's BACKUP TO names it. */
    static final String ENTRY = "yomu.mv.db";
    /** Tables that are not the learner's: rebuilt from a dictionary file, so only their definitions are backed up. */
    static final Set<String> DICTIONARY_TABLES = Set.of("DICT_ENTRY", "DICT_FORM", "DICT_FORM_SET");
    private static final String MARK = "Yomu backup";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile("yomu-(\\d{4}-\\d{2}-\\d{2}-\\d{6})-([a-z-]+?)(?:-(\\d+))?\\.zip");
    private static final Pattern COMMENT = Pattern.compile(
            MARK + "; schema (\\d+); (\\d+) articles; (\\d+) cards; (\\d+) reviews");

    /** Why a backup was made; part of its file name. */
    public enum Reason {
        DAILY("daily"), MANUAL("manual"), BEFORE_MIGRATION("before-upgrade"), BEFORE_DICT_IMPORT("before-dict-import"),
        BEFORE_KNOWN_IMPORT("before-known-import"), BEFORE_DELETE("before-delete"), BEFORE_RESTORE("before-restore");

        final String label;

        Reason(String label) {
            this.label = label;
        }
    }

    /** What a backup holds, as counted when it was made. */
    public record Contents(int schema, long articles, long cards, long reviews) {}

    /** One backup file in the folder. */
    public record Backup(Path file, LocalDateTime madeAt, String reason, long size, Optional<Contents> contents) {}

    private final Path home;
    private final Clock clock;

    public Backups(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    public Path folder() {
        return home.resolve(FOLDER);
    }

    /** Writes a backup into the folder, then rotates the folder. Failure is a {@link YomuException} (exit 4). */
    public Backup make(Database db, Reason reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = freeName(now, reason);
        writeTo(db, target);
        rotate(db);
        return read(target).orElseThrow();
    }

    /**
     * Writes a backup to {@code target} (any regular file). What the database holds is counted in
     * the same moment, on this process's one connection, so the comment matches the copy.
     */
    public void writeTo(Database db, Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw failure(target, e);
        }
        deleteLeftovers();
        try {
            AtomicFiles.write(target, tmp -> {
                Contents contents = db.read(c -> count(c));
                try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16),
                        StandardCharsets.UTF_8)) {
                    zip.setComment(MARK + "; schema " + contents.schema() + "; " + contents.articles() + " articles; "
                            + contents.cards() + " cards; " + contents.reviews() + " reviews");
                    zip.putNextEntry(new ZipEntry(SCRIPT));
                    writeScript(db.connection(), tmp.getParent(), zip);
                    TestPause.at("backup-half-written"); // tests only: the zip is not finished yet
                    zip.closeEntry();
                }
            });
        } catch (YomuException e) {
            throw failure(target, e);
        }
    }

    /**
     * The learner's tables whole (definitions, rows, identity counters, indexes, constraints) and the
     * dictionary's definitions without rows, so a restore builds the database as it was but for the
     * dictionary's content. One connection, between transactions: nothing changes while it runs.
     * H2 writes each script to a file of its own as it goes (a SCRIPT read as a result set is held
     * whole in memory: hundreds of MB for a long review history), then the two are copied in.
     */
    private static void writeScript(Connection c, Path folder, java.io.OutputStream out) throws SQLException, IOException {
        List<String> dictionary = new ArrayList<>(), learner = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) (DICTIONARY_TABLES.contains(rs.getString(1)) ? dictionary : learner).add(rs.getString(1));
        }
        // Named like the backup's own temporary file, so a kill's leftovers are cleared the same way.
        Path part = Files.createTempFile(folder, ".yomu-script-", ".tmp");
        try {
            if (!dictionary.isEmpty()) copyScript(c, "SCRIPT NODATA NOSETTINGS TO ", part, " TABLE " + names(dictionary), out);
            copyScript(c, "SCRIPT NOSETTINGS TO ", part, " TABLE " + names(learner), out);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static String names(List<String> tables) {
        return String.join(", ", tables.stream().map(t -> "PUBLIC.\"" + t.replace("\"", "\"\"") + "\"").toList());
    }

    private static void copyScript(Connection c, String command, Path part, String tables, java.io.OutputStream out)
            throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute(command + "'" + part.toAbsolutePath().toString().replace("'", "''") + "' CHARSET 'UTF-8'" + tables);
        }
        Files.copy(part, out);
    }

    private YomuException failure(Path target, Exception e) {
        Path folder = target.toAbsolutePath().getParent();
        String why = StorageTrouble.of(e).map(t -> t == StorageTrouble.DISK_FULL
                        ? "the disk is full (" + Database.freeSpace(folder) + " free)" : "the folder is read-only")
                .orElse(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " "));
        return YomuException.unavailable("Cannot write a backup to " + target + ": " + why + ".", e);
    }

    /** A backup killed half-way leaves its temporary file; only one yomu process holds the database, so any is stale. */
    private void deleteLeftovers() {
        if (!Files.isDirectory(folder())) return;
        try (DirectoryStream<Path> tmps = Files.newDirectoryStream(folder(), ".yomu-*.tmp")) {
            for (Path t : tmps) Files.deleteIfExists(t);
        } catch (IOException ignored) {
            // a leftover costs only space; the backup itself is what matters
        }
    }

    static Contents count(Tx c) {
        try {
            return count(c.connection());
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    static Contents count(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COALESCE(MAX(version), 0) FROM schema_version),"
                     + " (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM card), (SELECT COUNT(*) FROM review_log)")) {
            rs.next();
            return new Contents(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    private Path freeName(LocalDateTime at, Reason reason) {
        String base = "yomu-" + STAMP.format(at) + "-" + reason.label;
        Path p = folder().resolve(base + ".zip");
        for (int i = 2; Files.exists(p); i++) p = folder().resolve(base + "-" + i + ".zip");
        return p;
    }

    /** Every backup in the folder, newest first. */
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder())) return out;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), "yomu-*.zip")) {
            for (Path f : files) read(f).ifPresent(out::add);
        } catch (IOException e) {
            throw YomuException.unavailable("Cannot read the backup folder " + folder() + " (" + e.getClass().getSimpleName() + ").", e);
        }
        out.sort(Comparator.comparing(Backup::madeAt).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return out;
    }

    private static Optional<Backup> read(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(new Backup(file, LocalDateTime.parse(m.group(1), STAMP), m.group(2), Files.size(file),
                    contents(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What a backup file says it holds, or empty when it is not a Yomu backup (or cannot be read as a zip). */
    public static Optional<Contents> contents(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Matcher m = COMMENT.matcher(String.valueOf(zip.getComment()));
            if (zip.getEntry(SCRIPT) == null && zip.getEntry(ENTRY) == null || !m.matches()) return Optional.empty();
            return Optional.of(new Contents(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), Long.parseLong(m.group(4))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a backup was made on {@code day} (the clock's own zone), so the daily one is made once. */
    public boolean madeOn(LocalDate day) {
        return list().stream().anyMatch(b -> b.madeAt().toLocalDate().equals(day));
    }

    /** The once-a-day backup, if today has none yet and the settings ask for one; empty otherwise. */
    public Optional<Backup> daily(Database db) {
        if (!policy(db).daily() || madeOn(LocalDate.now(clock))) return Optional.empty();
        return Optional.of(make(db, Reason.DAILY));
    }

    private static BackupPolicy policy(Database db) {
        try {
            return BackupPolicy.from(db.read(new SettingStore()::all));
        } catch (IllegalArgumentException e) {
            return BackupPolicy.defaults();
        }
    }

    /** Deletes the backups the policy no longer keeps. */
    private void rotate(Database db) {
        Map<Path, LocalDateTime> times = new HashMap<>();
        for (Backup b : list()) times.put(b.file(), b.madeAt());
        Set<Path> keep = policy(db).keep(times);
        for (Path p : times.keySet()) {
            if (keep.contains(p)) continue;
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // an old backup left behind costs space, nothing else; the next rotation tries again
            }
        }
    }

    /**
     * A backup made into a database beside the learner's and checked, ready to be put in its place.
     *
     * @param withDictionary whether it holds a dictionary (backups of earlier versions do); if not, its
     *                       dictionary is empty and the bundled EDICT loads into it when next needed
     */
    public record Unpacked(Path source, Path folder, Contents contents, boolean withDictionary) {}

    /**
     * Builds the database a backup holds in a folder beside the learner's: a new database that runs
     * the backup's script (so its schema is the one the backup recorded), brought up to this Yomu's
     * schema by the usual migrations, then checked. Nothing of the learner's is touched.
     */
    public Unpacked unpack(Path zip) {
        if (!Files.isRegularFile(zip)) throw YomuException.notFound(zip + ": no such file. 'yomu restore' lists your backups.");
        if (contents(zip).isEmpty())
            throw YomuException.invalidInput(zip + " is not a Yomu backup (made by 'yomu backup' or automatically); nothing was changed.");
        Path folder = home.resolve("restoring");
        boolean wholeFile;
        try {
            deleteFolder(folder);
            Files.createDirectories(folder);
            try (ZipFile z = new ZipFile(zip.toFile())) {
                wholeFile = z.getEntry(SCRIPT) == null;
                if (wholeFile) {
                    try (var in = z.getInputStream(z.getEntry(ENTRY))) {
                        Files.copy(in, folder.resolve(ENTRY));
                    }
                }
            }
        } catch (IOException e) {
            deleteFolder(folder);
            throw YomuException.unavailable("Cannot unpack " + zip + " into " + home + ": " + StorageTrouble.of(e)
                    .map(t -> t == StorageTrouble.DISK_FULL ? "the disk is full (" + Database.freeSpace(home) + " free)" : "the folder is read-only")
                    .orElse(String.valueOf(e.getMessage())) + "; nothing was changed.", e);
        }
        String url = "jdbc:h2:file:" + folder.resolve("yomu") + ";TRACE_LEVEL_FILE=0";
        try {
            try (Connection c = java.sql.DriverManager.getConnection(url, "yomu", ""); Statement st = c.createStatement()) {
                if (!wholeFile) st.execute("RUNSCRIPT FROM '" + zip.toAbsolutePath().toString().replace("'", "''")
                        + "' COMPRESSION ZIP CHARSET 'UTF-8'");
                int schema = count(c).schema();
                if (schema > Migrations.latestVersion())
                    throw YomuException.unavailable(zip + " was written by a newer Yomu (schema " + schema
                            + "); this Yomu knows up to schema " + Migrations.latestVersion() + ". Update Yomu to restore it; nothing was changed.", null);
            }
            try (Database restored = Database.openRestoring(folder)) {
                Contents found = restored.read(c -> count(c));
                DatabaseCheck.Report check = restored.read(DatabaseCheck::run);
                if (!check.clean())
                    throw YomuException.invalidInput(zip + " fails the check (" + check.problems().get(0) + "); nothing was changed."
                            + " Try an older backup.");
                return new Unpacked(zip, folder, found, wholeFile);
            }
        } catch (SQLException | StoreException e) {
            deleteFolder(folder);
            throw YomuException.invalidInput(zip + " is damaged: its database cannot be read (" + firstLine(e.getMessage())
                    + "); nothing was changed. Try an older backup.", e);
        } catch (RuntimeException e) {
            deleteFolder(folder);
            throw e;
        }
    }

    /** Puts an unpacked backup in place of the learner's database (closed by now) in one rename. */
    public void install(Unpacked u) {
        try {
            AtomicFiles.moveInto(u.folder().resolve(ENTRY), home.resolve(ENTRY));
            deleteFolder(u.folder());
        } catch (IOException e) {
            throw YomuException.unavailable("Cannot put the backup in place of " + home.resolve(ENTRY) + " ("
                    + e.getClass().getSimpleName() + "); the unpacked copy is in " + u.folder() + ".", e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void deleteFolder(Path folder) {
        if (!Files.isDirectory(folder)) return;
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a leftover unpacked copy costs space only; the next restore clears it
        }
    }
}
