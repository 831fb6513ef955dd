package dev.yomu.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yomu.article.ArticleDeleter.Extent;
import dev.yomu.article.ArticleDeleter;
import dev.yomu.article.ArticleLibrary;
import dev.yomu.article.ArticleTitle;
import dev.yomu.store.Backups;
import dev.yomu.study.ArticleRef;
import dev.yomu.study.ArticleSummary;
import dev.yomu.support.ExitCodes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = {"List imported articles and how much of each you already know.", "",
                "Columns: characters, sentences, distinct study words, and the share of running study words you already know.", "",
                "Examples: yomu articles --json", "          yomu articles rename 5 '撤退の知らせ'",
                "          yomu articles delete 5"},
        subcommands = {ArticlesCommand.Delete.class, ArticlesCommand.Rename.class})
final class ArticlesCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Option(names = "--json", description = "Print a JSON array: id, title, chars, sentences, words, known_share.")
    boolean json;

    ArticlesCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<ArticleSummary> all = new ArticleLibrary(ctx.db()).summaries();
        if (json) {
            Json.print(ctx.out(), all.stream().map(ArticleJson::of).toList());
            return ExitCodes.OK;
        }
        if (all.isEmpty()) {
            ctx.out().println("No articles yet. Import one: yomu import FILE.txt");
            return ExitCodes.OK;
        }
        Table t = new Table("ID", "TITLE", "CHARS", "SENTENCES", "WORDS", "KNOWN").right(0, 2, 3, 4, 5).maxWidth(1, 44);
        for (ArticleSummary a : all)
            t.add(a.id(), a.title(), a.chars(), a.sentences(), a.words(), Math.round(a.knownShare() * 100) + "%");
        t.print(ctx.out());
        return ExitCodes.OK;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = {"Delete an article: its text, where it uses its words, and its quiz history.",
                    "Words no other article uses go with it, with their cards, unless you have reviewed them or marked them known or ignored: a card with review history is never deleted (it shows a sentence from another article, or none).",
                    "Asks first; --yes deletes without asking (for scripts).", "",
                    "Examples: yomu articles delete 5", "          yomu articles delete 'Script started' --yes"})
    static final class Delete implements Callable<Integer> {
        private final AppContext ctx;

        @Parameters(paramLabel = "ARTICLE", description = "The article's id or a part of its title only it has.")
        String article;

        @Option(names = {"-y", "--yes"}, description = "Delete without asking.")
        boolean yes;

        Delete(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            ArticleRef a = new ArticleLibrary(ctx.db()).find(article);
            ArticleDeleter deleter = new ArticleDeleter(ctx.db());
            if (!yes && !confirmed(deleter.preview(a))) {
                ctx.out().println("Nothing deleted.");
                return ExitCodes.OK;
            }
            ctx.backUpBefore(Backups.Reason.BEFORE_DELETE, "the delete");
            ctx.out().println(done(deleter.delete(a)));
            return ExitCodes.OK;
        }

        private boolean confirmed(Extent e) {
            return Confirmation.ask(ctx, question(e), "Deleting #" + e.article().id() + " " + e.article().title()
                    + " cannot be undone and input is not a terminal to ask on; add --yes to delete it.");
        }

        static String question(Extent e) {
            String kept = e.kept() == 0 ? "" : "; " + words(e.kept()) + " you have reviewed or marked stay";
            return "Delete #" + e.article().id() + " " + e.article().title() + " (" + Counted.of(e.sentences(), "sentence")
                    + ", " + words(e.removed()) + " no other article uses" + kept + ")? This cannot be undone.";
        }

        static String done(Extent e) {
            String kept = e.kept() == 0 ? "" : "; kept " + words(e.kept()) + " you have reviewed or marked";
            return "Deleted #" + e.article().id() + " " + e.article().title() + ": " + Counted.of(e.sentences(), "sentence")
                    + ", " + words(e.removed()) + " no other article used" + kept + ".";
        }

        private static String words(int n) {
            return Counted.of(n, "word");
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = {"Give an article a new title.", "",
                    "Example: yomu articles rename 5 '撤退の知らせ'"})
    static final class Rename implements Callable<Integer> {
        private final AppContext ctx;

        @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article's id or a part of its title only it has.")
        String article;

        @Parameters(index = "1", paramLabel = "TITLE", description = "The new title (in quotes if it has spaces).")
        String title;

        Rename(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            String clean = ArticleTitle.of(title);
            ArticleRef a = new ArticleLibrary(ctx.db()).rename(article, clean);
            ctx.out().println("Renamed #" + a.id() + ": " + a.title() + " → " + clean);
            return ExitCodes.OK;
        }
    }

    /** One article in {@code --json}: the fields in the documented order; the known share to three decimals. */
    record ArticleJson(long id, String title, int chars, int sentences, int words,
                       @JsonProperty("known_share") double knownShare) {
        static ArticleJson of(ArticleSummary a) {
            return new ArticleJson(a.id(), a.title(), a.chars(), a.sentences(), a.words(),
                    Math.round(a.knownShare() * 1000) / 1000.0);
        }
    }
}
