package dev.yomu.cli;

import dev.yomu.store.Backups;
import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"List your backups, or bring one back.", "",
                "Without FILE: lists the backups in the backups folder, newest first, with what each holds.",
                "With FILE (a number from that list, a name in the folder, or any backup file): first backs up your"
                        + " data as it is now (so the restore can be undone the same way), then puts the backup in its place.", "",
                "Examples: yomu restore", "          yomu restore 2", "          yomu restore ~/yomu-before-trip.zip"})
final class RestoreCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final AppContext ctx;

    @Parameters(arity = "0..1", paramLabel = "FILE")
    String file;

    RestoreCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Backups backups = ctx.backups();
        List<Backups.Backup> all = backups.list();
        if (file == null) return list(backups, all);
        Backups.Unpacked unpacked = backups.unpack(resolve(backups, all));
        Backups.Backup before = backUpCurrent(backups);
        ctx.closeDatabase();
        backups.install(unpacked);
        Backups.Contents c = unpacked.contents();
        ctx.out().println("Restored " + unpacked.source().getFileName() + ": " + Counted.of((int) c.articles(), "article") + ", "
                + Counted.of((int) c.cards(), "card") + ", " + Counted.of((int) c.reviews(), "review") + ".");
        if (before != null)
            ctx.out().println("Your data as it was before is kept in " + before.file() + ".");
        return ExitCodes.OK;
    }

    private int list(Backups backups, List<Backups.Backup> all) {
        if (all.isEmpty()) {
            ctx.out().println("No backups yet in " + backups.folder() + ". 'yomu backup' makes one now.");
            return ExitCodes.OK;
        }
        Table t = new Table("#", "MADE", "WHY", "SIZE", "ARTICLES", "CARDS", "REVIEWS");
        for (int i = 0; i < all.size(); i++) {
            Backups.Backup b = all.get(i);
            t.add(String.valueOf(i + 1), WHEN.format(b.madeAt()), b.reason(), size(b.size()),
                    b.contents().map(c -> String.valueOf(c.articles())).orElse("?"),
                    b.contents().map(c -> String.valueOf(c.cards())).orElse("?"),
                    b.contents().map(c -> String.valueOf(c.reviews())).orElse("?"));
        }
        t.print(ctx.out());
        ctx.out().println();
        ctx.out().println("Backups are in " + backups.folder() + ". 'yomu restore N' brings back number N.");
        return ExitCodes.OK;
    }

    /** A number from the list, a file name in the backups folder, or a path. */
    private Path resolve(Backups backups, List<Backups.Backup> all) {
        if (file.matches("\\d{1,4}")) {
            int n = Integer.parseInt(file);
            if (n < 1 || n > all.size())
                throw YomuException.notFound("There is no backup number " + n + "; 'yomu restore' lists " + all.size() + ".");
            return all.get(n - 1).file();
        }
        Path inFolder = backups.folder().resolve(file);
        if (!file.contains("/") && Files.isRegularFile(inFolder)) return inFolder;
        return Path.of(file).toAbsolutePath().normalize();
    }

    /** The learner's data now, kept first; a damaged database was already moved aside when it failed to open. */
    private Backups.Backup backUpCurrent(Backups backups) {
        if (!Files.exists(ctx.home().resolve("yomu.mv.db"))) return null;
        try {
            return backups.make(ctx.db(), Backups.Reason.BEFORE_RESTORE);
        } catch (YomuException e) {
            if (!Files.exists(ctx.home().resolve("yomu.mv.db"))) return null; // moved aside as damaged
            throw YomuException.unavailable(e.getMessage() + " Nothing was restored: your data now is backed up first.", e);
        }
    }

    static String size(Path file) {
        try {
            return size(Files.size(file));
        } catch (IOException e) {
            return "?";
        }
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) return String.format("%,d KB", (bytes + 1023) / 1024);
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
