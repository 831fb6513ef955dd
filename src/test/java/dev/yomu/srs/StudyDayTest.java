package dev.yomu.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StudyDayTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo"); // UTC+9, no DST
    private final StudyDay tokyo = StudyDay.of(TOKYO);

    @Test
    void timesBeforeFourAmBelongToThePreviousDay() {
        // 03:59 and 04:00 local on 2026-05-10 in Tokyo.
        assertThat(tokyo.dayOf(Instant.parse("2026-05-09T18:59:00Z"))).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(tokyo.dayOf(Instant.parse("2026-05-09T19:00:00Z"))).isEqualTo(LocalDate.of(2026, 5, 10));
        // In UTC terms 2026-05-10T16:00Z is already 01:00 on May 11 in Tokyo, still study day May 10.
        assertThat(tokyo.dayOf(Instant.parse("2026-05-10T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void nextDayStartsAtFourAmLocal() {
        Instant lateNight = Instant.parse("2026-05-10T17:30:00Z"); // 02:30 May 11 local
        assertThat(tokyo.nextDayStart(lateNight)).isEqualTo(Instant.parse("2026-05-10T19:00:00Z"));
        Instant afternoon = Instant.parse("2026-05-10T06:00:00Z"); // 15:00 May 10 local
        assertThat(tokyo.nextDayStart(afternoon)).isEqualTo(Instant.parse("2026-05-10T19:00:00Z"));
    }

    @Test
    void cardIsDueTodayIfDueBeforeTheNextStudyDay() {
        Instant now = Instant.parse("2026-05-10T01:00:00Z"); // 10:00 local
        assertThat(tokyo.isDueToday(Instant.parse("2026-05-10T18:59:59Z"), now)).isTrue(); // 03:59:59 next night
        assertThat(tokyo.isDueToday(Instant.parse("2026-05-10T19:00:00Z"), now)).isFalse();
        assertThat(tokyo.isDueToday(Instant.parse("2026-04-01T00:00:00Z"), now)).isTrue(); // overdue
    }

    @Test
    void daysBetweenCountsStudyDays() {
        Instant beforeRollover = Instant.parse("2026-05-10T18:30:00Z"); // 03:30 local
        Instant afterRollover = Instant.parse("2026-05-10T19:30:00Z"); // 04:30 local
        assertThat(tokyo.daysBetween(beforeRollover, afterRollover)).isEqualTo(1);
        assertThat(tokyo.daysBetween(afterRollover, beforeRollover)).isZero();
    }

    @Test
    void rolloverFollowsLocalClockAcrossDaylightSavingTime() {
        StudyDay berlin = StudyDay.of(ZoneId.of("Europe/Berlin"));
        // 2026-03-29: clocks jump 02:00 -> 03:00 CET -> CEST. 04:30 CEST = 02:30Z.
        assertThat(berlin.dayOf(Instant.parse("2026-03-29T02:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(berlin.dayOf(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(berlin.startOf(LocalDate.of(2026, 3, 29))).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
    }

    @Test
    void rejectsBadRolloverHour() {
        assertThatThrownBy(() -> new StudyDay(TOKYO, 24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rolloverHour");
    }
}
