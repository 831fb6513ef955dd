package dev.yomu.cli;

import dev.yomu.store.DataHome;
import dev.yomu.store.Database;
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
        if (db == null) db = Database.open(home());
        return db;
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
        if (db != null) db.close();
        out.flush();
        err.flush();
    }
}
