package dev.yomu.review;

import dev.yomu.srs.StudyDay;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.Database;
import dev.yomu.store.StatsStore;
import dev.yomu.store.WordStore;
import dev.yomu.study.CardCounts;
import dev.yomu.study.CardListing;
import dev.yomu.study.Retention;
import dev.yomu.study.WordTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code yomu stats}, {@code yomu cards} and the status screen show, each read in one transaction (one consistent
 * view, not one per number): the commands ask this service and never open a transaction themselves.
 */
public final class StatsService {
    /** Reviews and retention are counted over this many study days, today included. */
    private static final int WINDOW_DAYS = 30;

    private final Database db;
    private final StudyDay day;

    public StatsService(Database db, StudyDay day) {
        this.db = db;
        this.day = day;
    }

    /**
     * The study in numbers as of {@code now}.
     *
     * @param forecast cards due on each of the next study days (today holds the overdue ones too)
     * @param streak   consecutive study days ending today, or yesterday while today has no review yet
     */
    public record Overview(int reviewsToday, Retention retention, CardCounts cards, List<Integer> forecast, int streak) {
        public Overview {
            forecast = List.copyOf(forecast);
        }
    }

    public Overview overview(Instant now, int forecastDays) {
        LocalDate today = day.dayOf(now);
        LocalDate windowStart = today.minusDays(WINDOW_DAYS - 1);
        Instant horizon = day.startOf(today.plusDays(forecastDays));
        StatsStore stats = new StatsStore();
        return db.read(c -> new Overview(stats.reviewsPerDay(c, windowStart).getOrDefault(today, 0),
                stats.retention(c, windowStart), stats.byState(c),
                Arrays.stream(StudyStats.forecast(stats.dueTimes(c, horizon), now, day, forecastDays)).boxed().toList(),
                StudyStats.streak(stats.studyDays(c), today)));
    }

    /** Articles, study words and known words; new cards waiting, and answered cards due before this study day ends. */
    public WordTotals totals(Instant now) {
        Instant dayEnd = day.nextDayStart(now);
        return db.read(c -> new WordStore().totals(c, dayEnd));
    }

    /**
     * The card browser's rows: every card but an ignored word's, or one article's (its id or part of its
     * title), and with {@code dueToday} only those due before this study day ends.
     */
    public List<CardListing> cards(String article, boolean dueToday, Instant now) {
        Instant dayEnd = day.nextDayStart(now);
        return db.read(c -> new StatsStore().cards(c, article == null ? null : new ArticleStore(db).resolve(c, article).id(),
                dueToday ? dayEnd : null));
    }
}
