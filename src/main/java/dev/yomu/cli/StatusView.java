package dev.yomu.cli;

import dev.yomu.article.ArticleLibrary;
import dev.yomu.review.StatsService;
import dev.yomu.review.StudySettings;
import dev.yomu.srs.StudyDay;
import dev.yomu.study.ArticleSummary;
import dev.yomu.study.WordTotals;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/** What {@code yomu} with no command shows: today's state and the next thing to do. */
final class StatusView {
    private final AppContext ctx;

    StatusView(AppContext ctx) {
        this.ctx = ctx;
    }

    /** A rough guide, at about 8 seconds a card. */
    private static long estimateMinutes(int cards) {
        return Math.max(1, Math.round(cards * 8 / 60.0));
    }

    void print() {
        Instant now = ctx.clock().instant();
        Study study = Study.of(ctx);
        StudySettings settings = study.settings();
        StudyDay day = study.day();
        WordTotals t = new StatsService(ctx.db(), day).totals(now);
        ArticleLibrary library = new ArticleLibrary(ctx.db());
        List<ArticleSummary> articles = library.summaries();
        PrintWriter out = ctx.out();
        out.println("Yomu 読む — " + t.articles() + " articles, " + t.studyWords() + " study words, " + t.known()
                + " known");
        if (!articles.isEmpty()) {
            Table table = new Table("ID", "ARTICLE", "WORDS", "KNOWN").right(0, 2, 3).maxWidth(1, 50);
            for (ArticleSummary a : articles)
                table.add(a.id(), a.title(), a.words(), Math.round(a.knownShare() * 100) + "%");
            out.println();
            table.print(out);
        }
        out.println();
        int newToday = study.reviewService(ctx).newCardsToday(now, settings.newPerDay());
        out.println("Today: " + t.cardsDue() + (t.cardsDue() == 1 ? " card" : " cards") + " due and " + newToday
                + " new " + (newToday == 1 ? "word" : "words") + " (" + t.cardsNew() + " new words waiting in all).");
        out.println();
        out.println("Next:");
        if (articles.isEmpty()) {
            next(out, "yomu import FILE.txt", "add a Japanese article");
        } else {
            long current = library.lastStudied().orElse(articles.get(0).id());
            if (t.cardsDue() + newToday > 0)
                next(out, "yomu review", "study today's cards (about " + estimateMinutes(t.cardsDue() + newToday) + " min)");
            next(out, "yomu read " + current, "read article " + current + " with furigana; add words as you go");
            next(out, "yomu words " + current, "the words of article " + current + ", most useful first");
            next(out, "yomu quiz " + current, "ten questions on article " + current);
            next(out, "yomu import FILE.txt", "add another article");
            next(out, "yomu export anki", "decks for Anki, one per article");
        }
        next(out, "yomu --help", "every command");
        // on a line of its own: a data folder's path is long enough to wrap a suggestion at 80 columns
        if (!articles.isEmpty()) out.println("\nExports go into " + ExportCommand.decksPath(ctx) + ".");
    }

    /** A suggested command and what it does, the descriptions in one column. */
    private static void next(PrintWriter out, String command, String what) {
        out.printf("  %-24s %s%n", command, what);
    }
}
