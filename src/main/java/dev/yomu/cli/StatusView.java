package dev.yomu.cli;

import dev.yomu.srs.StudyDay;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.ArticleStore.ArticleSummary;
import dev.yomu.store.WordStore;
import dev.yomu.store.WordStore.Totals;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/** What {@code yomu} with no command shows: today's state and the next thing to do. */
final class StatusView {
    private final AppContext ctx;

    StatusView(AppContext ctx) {
        this.ctx = ctx;
    }

    /** A rough guide, at about 8 seconds a card and the default 20 new cards a day. */
    private static long estimateMinutes(Totals t) {
        return Math.max(1, Math.round((t.cardsDue() + Math.min(20, t.cardsNew())) * 8 / 60.0));
    }

    void print() {
        Instant now = ctx.clock().instant();
        Instant tomorrow = StudyDay.of(ctx.clock().getZone()).nextDayStart(now);
        Totals t = ctx.db().read(c -> new WordStore().totals(c, tomorrow));
        List<ArticleSummary> articles = ctx.db().read(new ArticleStore(ctx.db())::summaries);
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
        out.println("Today: " + t.cardsDue() + " cards due, " + t.cardsNew() + " new words waiting.");
        out.println();
        out.println("Next:");
        if (articles.isEmpty()) {
            out.println("  yomu import FILE.txt     add a Japanese article");
        } else {
            long first = articles.get(0).id();
            if (t.cardsDue() + t.cardsNew() > 0)
                out.println("  yomu review              study today's cards (about " + estimateMinutes(t) + " min)");
            out.println("  yomu words " + first + "             the words of article " + first + ", most useful first");
            out.println("  yomu import FILE.txt     add another article");
            out.println("  yomu export anki         decks for Anki, one per article, into decks/");
        }
        out.println("  yomu --help              every command");
    }
}
