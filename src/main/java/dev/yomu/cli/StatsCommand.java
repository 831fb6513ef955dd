package dev.yomu.cli;

import dev.yomu.review.StudySettings;
import dev.yomu.review.StudyStats;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.StatsStore;
import dev.yomu.store.StatsStore.CardCounts;
import dev.yomu.store.StatsStore.Retention;
import dev.yomu.support.ExitCodes;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
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
        StudyDay day = study.day();
        Instant now = ctx.clock().instant();
        LocalDate today = day.dayOf(now);
        StatsStore stats = new StatsStore();
        Instant horizon = day.startOf(today.plusDays(FORECAST_DAYS));
        var perDay = ctx.db().read(c -> stats.reviewsPerDay(c, today.minusDays(29)));
        Retention retention = ctx.db().read(c -> stats.retention(c, today.minusDays(29)));
        CardCounts states = ctx.db().read(stats::byState);
        int[] forecast = StudyStats.forecast(ctx.db().read(c -> stats.dueTimes(c, horizon)), now, day, FORECAST_DAYS);
        int streak = StudyStats.streak(ctx.db().read(stats::studyDays), today);

        PrintWriter out = ctx.out();
        out.println("Today: " + perDay.getOrDefault(today, 0) + " reviews · streak: " + streak + " day"
                + (streak == 1 ? "" : "s"));
        out.println("True retention (30 days): " + (retention.answered() == 0 ? "— (no reviews of mature cards yet)"
                : Math.round(100.0 * retention.passed() / retention.answered()) + "% of " + retention.answered() + " reviews")
                + " · target " + Math.round(settings.desiredRetention() * 100) + "%");
        out.println("Cards: new " + states.fresh() + " · learning " + states.learning() + " · review " + states.review()
                + " · known " + states.known());
        out.println();
        out.println("Due in the next " + FORECAST_DAYS + " days:");
        int max = Arrays.stream(forecast).max().orElse(0);
        for (int i = 0; i < FORECAST_DAYS; i++) {
            LocalDate d = today.plusDays(i);
            String label = i == 0 ? "today" : i == 1 ? "tmrw " : d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + " " + String.format("%2d", d.getDayOfMonth());
            out.printf("  %-6s %4d %s%n", label, forecast[i], StudyStats.bar(forecast[i], max, 40));
        }
        return ExitCodes.OK;
    }
}
