package dev.yomu.cli;

import dev.yomu.store.Backups;
import dev.yomu.support.ExitCodes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up your data now: articles, words, cards, review history, quizzes and settings.", "",
                "The dictionary is not in the database, so not in backups: it is the bundled EDICT, or the file 'yomu dict import'"
                        + " made in the data folder's dictionary folder, and a restore leaves it as it is.", "",
                "Without --out the backup goes to the backups folder of your data folder, beside the automatic ones"
                        + " (made once a day and before upgrades, known import and articles delete)."
                        + " 'yomu restore' lists them and brings one back.", "",
                "Examples: yomu backup", "          yomu backup --out ~/yomu-before-trip.zip"})
final class BackupCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to FILE instead.")
    Path out;

    BackupCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Backups backups = ctx.backups();
        Path file;
        if (out == null) {
            file = backups.make(ctx.db(), Backups.Reason.MANUAL).file();
        } else {
            file = out.toAbsolutePath().normalize();
            backups.writeTo(ctx.db(), file);
        }
        Backups.Contents c = Backups.contents(file).orElseThrow();
        ctx.out().println("Backed up " + Counted.of((int) c.articles(), "article") + ", " + Counted.of((int) c.cards(), "card") + " and "
                + Counted.of((int) c.reviews(), "review") + " to " + file + " (" + RestoreCommand.size(file) + ").");
        return ExitCodes.OK;
    }
}
