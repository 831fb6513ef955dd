package dev.yomu.cli;

import dev.yomu.review.StatsService.Overview;
import dev.yomu.review.StatsService;
import dev.yomu.review.StudySettings;
import dev.yomu.review.StudyStats;
import dev.yomu.study.CardCounts;
import dev.yomu.study.Retention;
import dev.yomu.support.ExitCodes;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Your study in numbers: reviews, retention, forecast, streak.", "",
                "Today's reviews, true retention over 30 days, cards by state, a 14-day due forecast, your streak and the words you know.", "",
                "Example: yomu stats"})
final class StatsCommand implements Callable<Integer> {
    private static final int FORECAST_DAYS = 14;
    private final AppContext ctx;

    StatsCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Study study = Study.of(ctx);
        StudySettings settings = study.settings();
        Instant now = ctx.clock().instant();
        LocalDate today = study.day().dayOf(now);
        Overview o = new StatsService(ctx.db(), study.day()).overview(now, FORECAST_DAYS);

        PrintWriter out = ctx.out();
        out.println("Today: " + o.reviewsToday() + " reviews · streak: " + o.streak() + " day"
                + (o.streak() == 1 ? "" : "s"));
        Retention retention = o.retention();
        out.println("True retention (30 days): " + (retention.answered() == 0 ? "— (no reviews of mature cards yet)"
                : Math.round(100.0 * retention.passed() / retention.answered()) + "% of " + retention.answered() + " reviews")
                + " · target " + Math.round(settings.desiredRetention() * 100) + "%");
        CardCounts states = o.cards();
        out.println("Cards: new " + states.fresh() + " · learning " + states.learning() + " · review " + states.review()
                + " · known " + states.known());
        out.println();
        out.println("Due in the next " + FORECAST_DAYS + " days:");
        List<Integer> forecast = o.forecast();
        int max = forecast.stream().max(Integer::compare).orElse(0);
        for (int i = 0; i < FORECAST_DAYS; i++) {
            LocalDate d = today.plusDays(i);
            String label = i == 0 ? "today" : i == 1 ? "tmrw " : d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + " " + String.format("%2d", d.getDayOfMonth());
            out.printf("  %-6s %4d %s%n", label, forecast.get(i), StudyStats.bar(forecast.get(i), max, 40));
        }
        return ExitCodes.OK;
    }
}
