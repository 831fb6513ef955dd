package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Rotation keeps the newest backup of the last 7 days, 4 ISO weeks and 6 months, and nothing else. */
class BackupPolicyTest {

    @Test
    void twoHundredDailyBackupsKeepSevenDaysFourWeeksAndSixMonths() {
        Map<LocalDate, LocalDateTime> daily = new LinkedHashMap<>();
        LocalDate last = LocalDate.of(2026, 12, 3); // a Thursday
        for (int i = 0; i < 200; i++) daily.put(last.minusDays(i), last.minusDays(i).atTime(LocalTime.NOON));

        Set<LocalDate> kept = new TreeSet<>(BackupPolicy.defaults().keep(daily));

        assertThat(kept).containsExactly(
                LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31), // months
                LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22), // Sundays ending the two weeks before last
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)); // days
    }

    @Test
    void withinADayOnlyTheNewestStaysOnceOlderDaysExist() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        Map<String, LocalDateTime> times = new LinkedHashMap<>();
        times.put("morning", day.atTime(8, 0));
        times.put("before-import", day.atTime(9, 0));
        times.put("after-import", day.atTime(10, 0));
        times.put("evening", day.atTime(20, 0));

        // The newest two are always kept (a backup made before an operation survives the next one of the day).
        assertThat(BackupPolicy.defaults().keep(times)).containsExactlyInAnyOrder("after-import", "evening");
        assertThat(new BackupPolicy(0, 0, 0).keep(times)).containsExactlyInAnyOrder("after-import", "evening");
    }

    @Test
    void settingsAreReadFromConfigAndBadValuesRefused() {
        assertThat(BackupPolicy.from(Map.of("config.backup-days", "3", "config.backup-months", "12")))
                .isEqualTo(new BackupPolicy(3, 4, 12));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BackupPolicy.from(Map.of("config.backup-weeks", "-1")))
                .hasMessage("backup-weeks must be a whole number from 0 to 999, not '-1'");
    }
}
