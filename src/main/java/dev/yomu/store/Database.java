package dev.yomu.store;

import dev.yomu.support.YomuException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

/**
 * The learner's H2 database: one connection for the life of the process, explicit transactions,
 * migrations applied on open. H2's file lock keeps a second yomu process out; that case becomes a
 * clear message instead of a stack trace.
 */
public final class Database implements AutoCloseable {
    /** H2's "Database may be already in use" error. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    /** H2's "File corrupted" and "IO Exception" on open: the file is there but cannot be read as a database. */
    private static final int FILE_CORRUPTED = 90030, IO_EXCEPTION = 90028;
    /**
     * H2's "Data conversion error": raised while H2 itself reads the schema of an existing file (before
     * any Yomu statement), it means the file's own metadata is damaged. Seen once the database held
     * only the learner's data: flipped bytes then land in the schema pages, not in dictionary rows.
     */
    private static final int DATA_CONVERSION_ERROR = 22018;

    private final Path file;
    private final Connection connection;
    /** The handle every unit of work gets: stores reach the connection through it, their callers cannot. */
    private final Tx tx;
    /** Whether this process made the database (there was no file): then there is nothing to back up yet. */
    private boolean createdNow;
    /** Transactions open on this connection; only the outermost commits or rolls back. */
    private int transactionDepth;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.tx = new Tx(connection);
    }

    /** Opens (creating if needed) the database in {@code home} and brings its schema up to date. */
    public static Database open(Path home) {
        return open(home, Clock.systemDefaultZone());
    }

    /**
     * Opens (creating if needed) the database in {@code home} and brings its schema up to date,
     * backing it up first if a migration is to run ({@code clock} dates that backup).
     */
    public static Database open(Path home, Clock clock) {
        createFolder(home);
        Path file = home.resolve("yomu");
        Path dbFile = file.resolveSibling("yomu.mv.db");
        refuseEmptyFile(dbFile);
        boolean existed = Files.exists(dbFile);
        // WRITE_DELAY=0: a committed answer reaches the disk before the next card shows, so kill -9 loses nothing.
        // TRACE_LEVEL_FILE=0: errors reach the learner as one line; H2 must not leave yomu.trace.db beside the data.
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        try {
            Connection c;
            try {
                c = DriverManager.getConnection(url, "yomu", "");
            } catch (SQLException e) {
                if (existed && e.getErrorCode() == DATA_CONVERSION_ERROR) throw moveAsideDamaged(home, dbFile, clock, e);
                throw e;
            }
            c.setAutoCommit(false);
            Database db = new Database(file, c);
            db.createdNow = !existed;
            try {
                Migrations.apply(db, () -> backUpBeforeUpgrade(db, home, clock));
            } catch (SQLException | RuntimeException e) {
                db.close(); // refused or failed: the file must not stay locked by this process
                throw e;
            }
            return db;
        } catch (SQLException e) {
            if (e.getErrorCode() == FILE_CORRUPTED) throw moveAsideDamaged(home, dbFile, clock, e);
            throw translateOpenError(home, e);
        }
    }

    /**
     * Opens a database being restored, in a folder of its own, and brings it to this Yomu's schema.
     * No backup first: the backup being restored is the copy.
     */
    static Database openRestoring(Path folder) throws SQLException {
        Path file = folder.resolve("yomu");
        Connection c = DriverManager.getConnection("jdbc:h2:file:" + file + ";TRACE_LEVEL_FILE=0;IFEXISTS=TRUE", "yomu", "");
        c.setAutoCommit(false);
        Database db = new Database(file, c);
        try {
            Migrations.apply(db, () -> {});
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * A database H2 calls corrupted is never replaced or repaired in place: it is renamed to
     * {@code yomu.mv.db.damaged-DATE} beside it (kept for a recovery tool or a person), so the
     * learner's next step, restoring a backup, has a free place to go.
     */
    private static YomuException moveAsideDamaged(Path home, Path dbFile, Clock clock, SQLException e) {
        Path aside;
        try {
            aside = setAside(home, clock);
        } catch (IOException moveFailed) {
            return YomuException.unavailable("The Yomu database in " + home + " is damaged and could not be moved aside ("
                    + moveFailed.getClass().getSimpleName() + "). Yomu left it as it is; 'yomu restore' lists your backups.", e);
        }
        boolean backups = !new Backups(home, clock).list().isEmpty();
        return YomuException.unavailable("The Yomu database in " + home + " is damaged and cannot be opened; Yomu moved it aside to "
                + aside.getFileName() + " (nothing was deleted). " + (backups
                ? "'yomu restore' lists your backups; 'yomu restore 1' brings back the newest."
                : "There is no backup to restore; the next yomu command starts a new, empty database."), e);
    }

    /**
     * Renames the (closed) database file to {@code yomu.mv.db.damaged-YYYYMMDD-HHMMSS} beside it.
     *
     * @return where it is now
     */
    public static Path setAside(Path home, Clock clock) throws IOException {
        Path dbFile = home.resolve("yomu.mv.db");
        String name = "yomu.mv.db.damaged-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now(clock));
        Path aside = dbFile.resolveSibling(name);
        for (int i = 2; Files.exists(aside); i++) aside = dbFile.resolveSibling(name + "-" + i);
        Files.move(dbFile, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    /** A migration rewrites tables: the learner's data before it is kept, or the upgrade does not start. */
    private static void backUpBeforeUpgrade(Database db, Path home, Clock clock) {
        try {
            new Backups(home, clock).make(db, Backups.Reason.BEFORE_MIGRATION);
        } catch (YomuException e) {
            throw YomuException.unavailable(e.getMessage() + " This Yomu upgrades the database only after backing it up;"
                    + " nothing was changed.", e);
        }
    }

    private static void createFolder(Path home) {
        if (Files.exists(home) && !Files.isDirectory(home))
            throw YomuException.unavailable("The data folder " + home + " is a file, not a folder."
                    + " Choose a folder with --home or YOMU_HOME.", null);
        for (Path p = home.getParent(); p != null; p = p.getParent())
            if (Files.exists(p) && !Files.isDirectory(p))
                throw YomuException.unavailable("Cannot create the data folder " + home + ": " + p
                        + " is a file, not a folder. Choose another with --home or YOMU_HOME.", null);
        try {
            Files.createDirectories(home);
        } catch (AccessDeniedException e) {
            throw YomuException.unavailable("Cannot create the data folder " + home + ": no permission to write in "
                    + e.getFile() + ". Choose another with --home or YOMU_HOME.", e);
        } catch (IOException e) {
            throw YomuException.unavailable("Cannot create the data folder " + home + " (" + e.getClass().getSimpleName()
                    + "). Choose another with --home or YOMU_HOME.", e);
        }
    }

    /** H2 would take an emptied file for a new database and silently start the learner from nothing. */
    private static void refuseEmptyFile(Path dbFile) {
        try {
            if (Files.isRegularFile(dbFile) && Files.size(dbFile) == 0)
                throw YomuException.unavailable("The database file " + dbFile + " is empty: it was damaged (a full disk,"
                        + " a failed copy). Yomu left it as it is. Restore a copy of it, or move it away to start afresh.", null);
        } catch (IOException e) {
            throw YomuException.unavailable("Cannot read the database file " + dbFile + " (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    private static YomuException translateOpenError(Path home, SQLException e) {
        if (e.getErrorCode() == DATABASE_ALREADY_OPEN || String.valueOf(e.getMessage()).contains("already in use"))
            return YomuException.unavailable("The Yomu database in " + home
                    + " is in use by another yomu process. Close that one (or wait for it to finish) and try again.", e);
        Optional<StorageTrouble> disk = StorageTrouble.of(e);
        if (disk.isPresent())
            return YomuException.unavailable("Cannot open the Yomu database in " + home + ": " + (disk.get() == StorageTrouble.DISK_FULL
                    ? "the disk is full (" + freeSpace(home) + " free). Free some space and try again."
                    : "it is read-only. Make the folder writable, or choose another with --home or YOMU_HOME."), e);
        if (e.getErrorCode() == FILE_CORRUPTED)
            return YomuException.unavailable("The Yomu database in " + home + " is damaged. Yomu left it as it is."
                    + " Restore a copy of yomu.mv.db, or move it away to start afresh.", e);
        if (e.getErrorCode() == IO_EXCEPTION) // a damaged file, or a disk in trouble: never advise throwing it away
            return YomuException.unavailable("The Yomu database in " + home + " cannot be read: the file may be cut short"
                    + " or the disk in trouble. Yomu left it as it is; keep a copy of yomu.mv.db before trying anything else.", e);
        return YomuException.unavailable("Cannot open the Yomu database in " + home + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    /** Whether this process created the database file (a first run): nothing in it needs a backup yet. */
    public boolean createdNow() {
        return createdNow;
    }

    /** Whether the connection is still open (a compacting close ends it early). */
    public boolean isOpen() {
        try {
            return !connection.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Work that runs inside one transaction; a store's failure reaches it as a {@link StoreException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx c);
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or on any error none of it. A
     * transaction begun inside another joins it, so a learner action made of several services' steps
     * (add a word, then introduce its card) commits once, as a whole.
     */
    public <T> T transaction(Work<T> work) {
        boolean outermost = transactionDepth++ == 0;
        try {
            T result = work.run(tx);
            if (outermost) commit();
            return result;
        } catch (StoreException e) {
            if (outermost) rollbackQuietly();
            Optional<YomuException> disk = storageTrouble(e);
            if (disk.isPresent()) throw disk.get();
            throw e;
        } catch (RuntimeException | Error e) {
            if (outermost) rollbackQuietly();
            throw e;
        } finally {
            transactionDepth--;
        }
    }

    /**
     * Read-only work. It does not commit: with WRITE_DELAY=0 every commit writes to the file, and the
     * importer reads the dictionary thousands of times. Nor does a failed read roll back: a read
     * has nothing to undo, and the importer's analysis threads read the dictionary while the
     * import's own transaction is open on this connection (H2 serialises the threads' use of it).
     */
    public <T> T read(Work<T> work) {
        return work.run(tx);
    }

    private void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    /**
     * A full disk or a read-only folder, told in words with the folder and its free space: what is
     * stored is safe (the failed transaction was rolled back), and the learner can act on it.
     */
    private Optional<YomuException> storageTrouble(StoreException e) {
        Path folder = file.toAbsolutePath().getParent();
        return StorageTrouble.of(e).map(trouble -> switch (trouble) {
            case DISK_FULL -> YomuException.unavailable("Cannot write to the Yomu database in " + folder
                    + ": the disk is full (" + freeSpace(folder) + " free, or a file-size limit is reached)."
                    + " Free some space and try again; everything stored before this is kept.", e);
            case READ_ONLY -> YomuException.unavailable("Cannot write to the Yomu database in " + folder
                    + ": it is read-only. Make the folder writable, or choose another with --home or YOMU_HOME;"
                    + " everything stored before this is kept.", e);
        });
    }

    /**
     * Refuses work that would need more room than the data folder's disk has: failing before an
     * import starts is kinder than a full disk half-way. {@code bytes} is a generous estimate.
     *
     * @throws YomuException (unavailable, exit 4) when the disk has less than {@code bytes} free
     */
    public void ensureFreeSpace(long bytes, String forWhat) {
        Path folder = file.toAbsolutePath().getParent();
        long usable;
        try {
            usable = Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return; // the write itself will say what is wrong
        }
        if (usable < bytes)
            throw YomuException.unavailable("Not enough free space for " + forWhat + " in " + folder + ": "
                    + freeSpace(folder) + " free, about " + String.format("%,d MB", Math.max(1, bytes / (1024 * 1024)))
                    + " needed. Free some space and try again; nothing was changed.", null);
    }

    static String freeSpace(Path folder) {
        try {
            return String.format("%,d MB", Files.getFileStore(folder).getUsableSpace() / (1024 * 1024));
        } catch (IOException e) {
            return "unknown space";
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original error is the one worth reporting
        }
    }

    /**
     * Rewrites the file compactly and closes the database. A bulk load leaves many half-empty
     * chunks that make every later open slow; ordinary use is compacted a little at each close.
     */
    public void compactAndClose() {
        try (Statement st = connection.createStatement()) {
            connection.commit();
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new StoreException("Cannot compact the database: " + e.getMessage(), e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at exit: nothing useful to tell the learner
        }
    }
}
