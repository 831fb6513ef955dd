package dev.yomu.cli;

import dev.yomu.store.DataHome;
import dev.yomu.store.Backups;
import dev.yomu.store.Database;
import dev.yomu.support.YomuException;
import dev.yomu.text.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * What every command needs: where the data lives, the database (opened on first use, so --help
 * never touches it), the clock and the output streams. Built once in Main.
 */
public final class AppContext implements AutoCloseable {
    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;
    private String homeOverride;
    private boolean debug;
    private Clock clock;
    private Database db;
    /** Set when {@code yomu check} found a problem: a damaged database must not push good backups out of the rotation. */
    private boolean knownDamaged;
    private Supplier<Optional<Terminal>> terminals = AppContext::systemTerminal;

    public AppContext(Map<String, String> env, Clock clock, PrintWriter out, PrintWriter err) {
        this.env = env;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    void setHomeOverride(String home) {
        this.homeOverride = home;
    }

    void setDebug(boolean debug) {
        this.debug = debug;
    }

    /** Fixes "now" for reproducible runs (hidden --now option, YOMU_NOW). */
    void fixNow(Instant now) {
        this.clock = Clock.fixed(now, clock.getZone());
    }

    public boolean debug() {
        return debug;
    }

    public Map<String, String> env() {
        return env;
    }

    public Path home() {
        return DataHome.resolve(homeOverride, env, System.getProperty("user.home"));
    }

    public Database db() {
        if (db == null) db = Database.open(home(), clock);
        return db;
    }

    /** No daily backup at the end of this command: the database was found damaged. */
    void noBackupOfDamagedData() {
        knownDamaged = true;
    }

    /** Closes the database (a restore puts another file in its place); the next {@link #db()} opens it again. */
    public void closeDatabase() {
        if (db != null) db.close();
        db = null;
    }

    /** The backups of this data folder, dated by this context's clock. */
    public Backups backups() {
        return new Backups(home(), clock);
    }

    /**
     * Backs the database up before an operation that changes much of it at once; if the backup
     * cannot be written, the operation does not start (exit 4).
     */
    public void backUpBefore(Backups.Reason reason, String operation) {
        try {
            backups().make(db(), reason);
        } catch (YomuException e) {
            throw YomuException.unavailable(e.getMessage() + " Nothing was changed: " + operation
                    + " starts only after a backup.", e);
        }
    }

    /**
     * The once-a-day backup, at the end of a command that used the database. It must never make the
     * command fail: if it cannot be written, one line says so and the command's own result stands.
     */
    private void dailyBackup() {
        if (db == null || !db.isOpen() || db.createdNow() || knownDamaged) return;
        try {
            backups().daily(db);
        } catch (RuntimeException e) {
            err.println("yomu: no backup today: " + Printable.clean(String.valueOf(e.getMessage())));
        }
    }

    /**
     * The learner's terminal, to ask a question on, or empty when input is not a terminal (a
     * script, a pipe): then nobody is there to answer. The caller closes it.
     */
    public Optional<Terminal> terminal() {
        return terminals.get();
    }

    /** Lets tests be the learner at a terminal (JLine's external terminal over byte streams). */
    public void useTerminal(Supplier<Optional<Terminal>> terminals) {
        this.terminals = terminals;
    }

    private static Optional<Terminal> systemTerminal() {
        if (System.console() == null) return Optional.empty();
        try {
            return Optional.of(TerminalBuilder.builder().system(true).dumb(true).build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Clock clock() {
        return clock;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    @Override
    public void close() {
        dailyBackup();
        if (db != null) db.close();
        out.flush();
        err.flush();
    }
}
