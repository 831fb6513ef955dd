package dev.yomu.cli;

import dev.yomu.article.ArticleLibrary;
import dev.yomu.store.Backups;
import dev.yomu.deck.KnownWordsReader;
import dev.yomu.support.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "known", mixinStandardHelpOptions = true, description = "Words you already know.",
        subcommands = KnownCommand.Import.class)
final class KnownCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Mark the words of a list known.", "",
                    "The list has one word per line, or is a CSV/TSV whose first column is the word (an Anki export works; furigana brackets and HTML are stripped).",
                    "Known words get no card and count as known everywhere.", "",
                    "Example: yomu known import anki-vocab.txt"})
    static final class Import implements Callable<Integer> {
        private final AppContext ctx;

        @Parameters(paramLabel = "FILE")
        Path file;

        Import(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            List<String> words = KnownWordsReader.read(file);
            ctx.backUpBefore(Backups.Reason.BEFORE_KNOWN_IMPORT, "the known-word import");
            int changed = new ArticleLibrary(ctx.db()).markKnown(words);
            ctx.out().println("Read " + words.size() + " words from " + file.getFileName() + "; " + changed
                    + " of your words are now marked known.");
            return ExitCodes.OK;
        }
    }
}
