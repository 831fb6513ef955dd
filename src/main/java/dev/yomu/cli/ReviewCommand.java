package dev.yomu.cli;

import dev.yomu.review.ReviewQueue;
import dev.yomu.review.ReviewService;
import dev.yomu.review.ReviewSession;
import dev.yomu.review.StudySettings;
import dev.yomu.article.ArticleLibrary;
import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import dev.yomu.tui.ReviewScreen;
import dev.yomu.tui.ScriptedReview;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review today's due cards and a few new words (FSRS scheduling).", "",
                "Keys: space/Enter show answer · 1 Again · 2 Hard · 3 Good · 4 Easy · u undo",
                "      k known · s skip · Tab typed readings · q or Ctrl-D quit",
                "Every answer is saved before the next card shows.",
                "When input is not a terminal, reads one answer per line (1-4, u, k, s, q).", "",
                "Examples: yomu review", "          yomu review --article 2 --new 5 --type"})
final class ReviewCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Option(names = "--article", paramLabel = "ARTICLE", description = "Only this article's words (id or part of the title).")
    String article;

    @Option(names = "--new", paramLabel = "N", description = "New cards for this session, even past the daily limit (default: what the daily limit leaves for today).")
    Integer newCards;

    @Option(names = "--type", description = "Type each reading (romaji turns into kana as you type).")
    boolean type;

    ReviewCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        if (newCards != null && newCards < 0) throw YomuException.invalidInput("--new must be 0 or more.");
        Study study = Study.of(ctx);
        StudySettings settings = study.settings();
        ReviewService service = study.reviewService(ctx);
        Instant now = ctx.clock().instant();
        Long articleId = article == null ? null : new ArticleLibrary(ctx.db()).startStudying(article, now).id();
        int newLimit = newCards != null ? newCards : service.newCardsLeftToday(now, settings.newPerDay());
        ReviewQueue queue = service.queue(now, articleId, newLimit, settings.reviewsPerDay());
        ReviewSession session = new ReviewSession(service, queue, ctx.clock(), articleId);
        if (session.current().isEmpty()) {
            ctx.out().println("Nothing to review right now. " + session.summary().text());
            return ExitCodes.OK;
        }
        TerminalChoice.run(in -> new ScriptedReview(session, in, ctx.out()).run(), terminal -> {
            new ReviewScreen(terminal, session, type).run();
            ctx.out().println(session.summary().text());
        });
        return ExitCodes.OK;
    }
}
