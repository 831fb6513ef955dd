package dev.yomu.cli;

import dev.yomu.store.Backups;
import dev.yomu.store.Database;
import dev.yomu.text.Printable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import dev.yomu.store.DatabaseCheck;
import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check that your data is whole.", "",
                "Reads every row of every table (so a damaged page is found now, not in the middle of a review) and checks"
                        + " that the tables agree: each reviewed card's state matches its last answer, no card without its"
                        + " word, no answer without its card, no word left behind by a deleted article.",
                "Exit status 0 if all is well, 2 if a problem was found.", "",
                "--repair puts the newest backup that passes the same check in place of the database; the damaged one is kept"
                        + " beside it as yomu.mv.db.damaged-DATE. Answers given since that backup are not in it.", "",
                "A database too damaged to open is moved aside the same way when any command opens it;"
                        + " then 'yomu restore' lists the backups to bring back.",
                "", "Examples: yomu check", "          yomu check --repair"})
final class CheckCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Option(names = "--repair", description = "Restore the newest good backup if the check finds a problem.")
    boolean repair;

    CheckCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        DatabaseCheck.Report report;
        try {
            report = DatabaseCheck.of(ctx.db());
        } catch (YomuException damaged) {
            // Opening moved a damaged file aside (the message says so); with --repair, go on to a backup.
            if (!repair || Files.exists(ctx.home().resolve("yomu.mv.db"))) throw damaged;
            ctx.err().println("yomu: " + Printable.clean(damaged.getMessage()));
            return restoreNewestGood(() -> null);
        }
        print(report);
        if (report.clean()) return ExitCodes.OK;
        ctx.noBackupOfDamagedData();
        if (!repair) {
            ctx.out().println("'yomu check --repair' puts the newest good backup in its place (the damaged database is kept);"
                    + " 'yomu restore' lists the backups.");
            return ExitCodes.INVALID_INPUT;
        }
        return restoreNewestGood(() -> {
            ctx.closeDatabase();
            try {
                return Database.setAside(ctx.home(), ctx.clock());
            } catch (java.io.IOException e) {
                throw YomuException.unavailable("Cannot move the damaged database aside (" + e.getClass().getSimpleName()
                        + "); nothing was restored.", e);
            }
        });
    }

    private void print(DatabaseCheck.Report r) {
        ctx.out().println("Read " + String.format("%,d", r.rows()) + " rows in " + r.tables() + " tables.");
        if (r.counts() != null)
            ctx.out().println("Your data: " + Counted.of((int) r.counts().articles(), "article") + ", " + Counted.of((int) r.counts().cards(), "card")
                    + ", " + Counted.of((int) r.counts().reviews(), "review") + ".");
        if (r.clean()) {
            ctx.out().println("No problems found.");
            return;
        }
        ctx.out().println("Problems found:");
        for (String p : r.problems()) ctx.out().println("  - " + p);
    }

    /** @param makeRoom moves the damaged database aside and says where (null if opening it already did) */
    private int restoreNewestGood(Supplier<Path> makeRoom) {
        Backups backups = ctx.backups();
        for (Backups.Backup b : backups.list()) {
            Backups.Unpacked u;
            try {
                u = backups.unpack(b.file());
            } catch (YomuException notGood) {
                ctx.out().println("Skipping " + b.file().getFileName() + ": " + notGood.getMessage());
                continue;
            }
            Path aside = makeRoom.get();
            backups.install(u);
            ctx.out().println("Repaired by restoring the backup " + b.file().getFileName() + " (" + Counted.of((int) u.contents().articles(), "article")
                    + ", " + Counted.of((int) u.contents().cards(), "card") + ", " + Counted.of((int) u.contents().reviews(), "review") + ").");
            if (aside != null) ctx.out().println("The damaged database is kept as " + aside + ".");
            return ExitCodes.OK;
        }
        throw new YomuException(ExitCodes.INVALID_INPUT, "No backup passes the check, so nothing was restored and the database"
                + " is as it was. 'yomu restore FILE' restores a backup kept elsewhere.");
    }
}
