package dev.yomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.srs.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyStatsTest {
    private final StudyDay day = new StudyDay(ZoneId.of("Asia/Tokyo"), 4);

    @Test
    void forecastPutsOverdueCardsOnTodayAndCountsByStudyDay() {
        Instant now = Instant.parse("2026-03-01T01:00:00Z"); // 10:00 in Tokyo
        List<Instant> dues = List.of(
                Instant.parse("2026-02-20T00:00:00Z"), // overdue
                Instant.parse("2026-03-01T10:00:00Z"), // 19:00 today
                Instant.parse("2026-03-01T18:30:00Z"), // 03:30 next morning: still today's study day
                Instant.parse("2026-03-01T19:30:00Z"), // 04:30: tomorrow
                Instant.parse("2026-03-20T00:00:00Z")); // beyond the window
        assertThat(StudyStats.forecast(dues, now, day, 14)).startsWith(3, 1, 0);
        assertThat(java.util.Arrays.stream(StudyStats.forecast(dues, now, day, 14)).sum()).isEqualTo(4);
    }

    @Test
    void streakCountsBackFromTodayOrYesterday() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertThat(StudyStats.streak(List.of(today, today.minusDays(1), today.minusDays(2), today.minusDays(5)), today))
                .isEqualTo(3);
        assertThat(StudyStats.streak(List.of(today.minusDays(1), today.minusDays(2)), today)).isEqualTo(2);
        assertThat(StudyStats.streak(List.of(today.minusDays(2)), today)).isZero();
        assertThat(StudyStats.streak(List.of(), today)).isZero();
    }

    @Test
    void barsScaleToTheLargestValue() {
        assertThat(StudyStats.bar(10, 10, 40)).hasSize(40);
        assertThat(StudyStats.bar(1, 1000, 40)).hasSize(1);
        assertThat(StudyStats.bar(0, 10, 40)).isEmpty();
    }
}
