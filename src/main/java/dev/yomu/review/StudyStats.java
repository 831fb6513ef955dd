package dev.yomu.review;

import dev.yomu.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Pure arithmetic behind {@code yomu stats}: the due forecast and the study streak. */
public final class StudyStats {
    private StudyStats() {}

    /**
     * Cards due on each of the next {@code days} study days; day 0 (today) also holds everything
     * overdue.
     */
    public static int[] forecast(List<Instant> dues, Instant now, StudyDay day, int days) {
        int[] out = new int[days];
        LocalDate today = day.dayOf(now);
        for (Instant due : dues) {
            long d = due.isBefore(now) ? 0 : today.until(day.dayOf(due), java.time.temporal.ChronoUnit.DAYS);
            if (d >= 0 && d < days) out[(int) d]++;
        }
        return out;
    }

    /**
     * Consecutive study days ending today, or yesterday when today has no reviews yet (a streak
     * is not broken until the day is over). {@code studied} is newest first.
     */
    public static int streak(List<LocalDate> studied, LocalDate today) {
        if (studied.isEmpty()) return 0;
        LocalDate expect = studied.get(0).equals(today) ? today : today.minusDays(1);
        int n = 0;
        for (LocalDate d : studied) {
            if (d.isAfter(today)) continue;
            if (!d.equals(expect)) break;
            n++;
            expect = expect.minusDays(1);
        }
        return n;
    }

    /** A bar of {@code value} out of {@code max} in at most {@code width} cells. */
    public static String bar(int value, int max, int width) {
        if (max <= 0 || value <= 0) return "";
        int cells = (int) Math.max(1, Math.round((double) value * width / max));
        return "█".repeat(cells);
    }
}
