package dev.yomu.cli;

import dev.yomu.support.ExitCodes;
import dev.yomu.text.Printable;
import dev.yomu.support.YomuException;
import dev.yomu.store.StoreException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code yomu}: with no command, sets up on first run and shows today's state and what to do next. */
@Command(name = "yomu", mixinStandardHelpOptions = true, version = "yomu 0.1.0",
        description = {"Turns Japanese articles into vocabulary study in the terminal.", "",
                "With no command: on first run imports the seed articles, then shows your articles, words and what is due today."},
        footer = {"", "Data lives in $YOMU_HOME, else $XDG_DATA_HOME/yomu, else ~/.local/share/yomu.",
                "Exit status: 0 ok, 1 internal error, 2 bad input or check found a problem, 3 not found, 4 database busy or damaged, folder unwritable or disk full."})
public final class YomuCommand implements Callable<Integer> {
    /** Every subcommand, in the order help lists them. */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(ImportCommand.class, ArticlesCommand.class,
            WordsCommand.class, ReadCommand.class, ReviewCommand.class, QuizCommand.class, CardsCommand.class,
            StatsCommand.class, ExportCommand.class, KnownCommand.class, ConfigCommand.class, DictCommand.class,
            BackupCommand.class, RestoreCommand.class, CheckCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);
    /** The root options that take a value, so the value is never taken for the command's name. */
    private static final java.util.Set<String> OPTIONS_WITH_VALUE = java.util.Set.of("--home", "--now");

    private final AppContext ctx;

    public YomuCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Use the data folder DIR instead of the default.")
    void setHome(String home) {
        ctx.setHomeOverride(home);
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces for errors.")
    void setDebug(boolean debug) {
        ctx.setDebug(debug);
    }

    @Option(names = "--now", hidden = true, scope = ScopeType.INHERIT, paramLabel = "ISO-8601",
            description = "Pretend it is this instant (for reproducible runs).")
    void setNow(String now) {
        ctx.fixNow(parseInstant(now));
    }

    static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw YomuException.invalidInput("--now/YOMU_NOW must be an ISO-8601 instant like 2026-01-31T08:00:00Z, not '"
                    + text + "'.");
        }
    }

    @Override
    public Integer call() {
        new FirstRun(ctx).ensureReady();
        new StatusView(ctx).print();
        return ExitCodes.OK;
    }

    /** Runs the command line in {@code ctx} and returns the exit status. */
    public static int run(AppContext ctx, String... args) {
        BareArgs bare = BareArgs.of(args);
        return bare == null ? runParsed(ctx, args) : runBare(ctx, bare);
    }

    /** The status screen, its root options set without picocli (see {@link BareArgs}); errors end as picocli's handlers end them. */
    private static int runBare(AppContext ctx, BareArgs bare) {
        try {
            fixNowFromEnvironment(ctx);
            YomuCommand root = new YomuCommand(ctx);
            bare.applyTo(root);
            return root.call();
        } catch (RuntimeException e) {
            return report(ctx, e);
        }
    }

    private static void fixNowFromEnvironment(AppContext ctx) {
        String fixedNow = ctx.env().get("YOMU_NOW");
        if (fixedNow != null && !fixedNow.isBlank()) ctx.fixNow(parseInstant(fixedNow));
    }

    /** Runs {@code args} through picocli (every command line but a bare {@code yomu}'s). */
    static int runParsed(AppContext ctx, String... args) {
        CommandLine cl = commandLine(ctx, args);
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(ctx, e));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, args2) -> {
            // An option's own check (--now) reaches picocli wrapped in its reflection message.
            YomuException own = ownCause(e);
            if (own != null) return report(ctx, own);
            String notOneOf = EnumOptions.notOneOf(e);
            if (notOneOf != null) return report(ctx, YomuException.invalidInput(notOneOf));
            error(ctx, e.getMessage());
            ctx.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.INVALID_INPUT;
        });
        try {
            fixNowFromEnvironment(ctx);
            return cl.execute(args);
        } catch (RuntimeException e) {
            return report(ctx, e);
        }
    }

    /** The whole command tree, every command built with {@code ctx}. */
    static CommandLine commandLine(AppContext ctx) {
        CommandLine cl = new CommandLine(new YomuCommand(ctx), new ContextFactory(ctx));
        for (Class<?> c : SUBCOMMANDS) cl.addSubcommand(c);
        return cl;
    }

    /**
     * The command tree {@code args} needs. picocli builds the model of every command it is given
     * by reflection, which was the largest part of Yomu's own start-up (about a fifth of the time
     * to the first card), so a known command gets only its own model and a bare {@code yomu} none.
     * Help, version, unknown words and anything unusual get the whole tree, so their output
     * (command lists, suggestions) is exactly as before.
     */
    static CommandLine commandLine(AppContext ctx, String... args) {
        Class<?> only = null;
        boolean none = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUE.contains(a)) {
                i++;
                continue;
            }
            if (a.startsWith("--home=") || a.startsWith("--now=") || a.equals("--debug")) continue;
            if (a.startsWith("-")) return commandLine(ctx); // --help, --version, a mistyped option
            only = named(a);
            none = false;
            break;
        }
        if (none) return new CommandLine(new YomuCommand(ctx), new ContextFactory(ctx));
        if (only == null || only == CommandLine.HelpCommand.class) return commandLine(ctx);
        CommandLine cl = new CommandLine(new YomuCommand(ctx), new ContextFactory(ctx));
        cl.addSubcommand(only);
        return cl;
    }

    private static Class<?> named(String name) {
        for (Class<?> c : SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (command != null && command.name().equals(name)) return c;
        }
        return null;
    }

    private static int report(AppContext ctx, Throwable e) {
        if (ctx.debug()) e.printStackTrace(ctx.err());
        if (e instanceof YomuException ye) {
            error(ctx, ye.getMessage());
            return ye.exitCode();
        }
        if (e instanceof StoreException) {
            error(ctx, "database error: " + firstLine(e.getMessage())
                    + (ctx.debug() ? "" : " (run again with --debug for details)"));
            return ExitCodes.INTERNAL;
        }
        error(ctx, "unexpected error: " + e + (ctx.debug() ? "" : " (run again with --debug for details)"));
        return ExitCodes.INTERNAL;
    }

    /**
     * Every error line goes out through here. A message may echo a file name, an argument or a line
     * of a file, and none of them may carry an escape sequence to the learner's terminal.
     */
    static void error(AppContext ctx, String message) {
        ctx.err().println("yomu: " + Printable.clean(message));
    }

    private static YomuException ownCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof YomuException ye) return ye;
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Lets every command class take the context in its constructor. */
    private record ContextFactory(AppContext ctx) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(AppContext.class).newInstance(ctx);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
