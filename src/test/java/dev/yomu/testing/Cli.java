package dev.yomu.testing;

import dev.yomu.cli.AppContext;
import dev.yomu.cli.YomuCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jline.terminal.Terminal;

/**
 * Runs yomu commands in-process against a data folder, the way a learner would type them, and
 * captures what they print and their exit status.
 */
public final class Cli {
    /** What a command did. */
    public record Result(int status, String out, String err) {}

    private static Path seededTemplate;

    private final Path home;
    private final Map<String, String> env = new HashMap<>();
    private Supplier<Optional<Terminal>> terminal;
    private Clock clock = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    public Cli(Path home) {
        this.home = home;
    }

    /**
     * A data folder holding the four imported seeds (the dictionary is the bundled file). The set-up (the
     * README's main command) runs once per test JVM; each caller gets its own copy.
     */
    public static synchronized Cli seeded(Path home) {
        if (seededTemplate == null) {
            try {
                Path template = Files.createTempDirectory("yomu-seeded");
                Result r = new Cli(template).run();
                if (r.status() != 0) throw new IllegalStateException("seeding failed: " + r.err());
                // No daily backups in the shared template (each would be one more file per test); tests that want one turn it back on.
                r = new Cli(template).run("config", "backup-days", "0");
                if (r.status() != 0) throw new IllegalStateException("seeding failed: " + r.err());
                seededTemplate = template;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        copy(seededTemplate, home);
        return new Cli(home);
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Cli clock(Clock c) {
        this.clock = c;
        return this;
    }

    /** Runs the next commands as if at a terminal: {@code terminal} gives the one a command opens. */
    public Cli terminal(Supplier<Optional<Terminal>> terminal) {
        this.terminal = terminal;
        return this;
    }

    public Path home() {
        return home;
    }

    /** Runs a command that reads its answers from standard input, as a pipe would give them. */
    public Result runWithInput(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status;
        try (AppContext ctx = new AppContext(env, clock, new PrintWriter(out, true), new PrintWriter(err, true))) {
            if (terminal != null) ctx.useTerminal(terminal);
            status = YomuCommand.run(ctx, all);
        }
        return new Result(status, out.toString(), err.toString());
    }
}
