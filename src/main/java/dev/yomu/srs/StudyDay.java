package dev.yomu.srs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * "Today" the way Anki counts it: a study day starts at {@code rolloverHour} local time, so a review at
 * 01:30 still belongs to the previous day. Pure arithmetic over the given zone; no clock.
 *
 * @param zone         the learner's time zone
 * @param rolloverHour the local hour (0..23) at which a new study day starts; Anki's default is 4
 */
public record StudyDay(ZoneId zone, int rolloverHour) {

    /** Anki's default rollover hour. */
    public static final int DEFAULT_ROLLOVER_HOUR = 4;

    /** Validates the zone and hour. */
    public StudyDay {
        Objects.requireNonNull(zone, "zone");
        if (rolloverHour < 0 || rolloverHour > 23)
            throw new IllegalArgumentException(
                    "The parameter 'rolloverHour' must be in [0, 23] but was " + rolloverHour + ".");
    }

    /** Study days in {@code zone} starting at 4 am. */
    public static StudyDay of(ZoneId zone) {
        return new StudyDay(zone, DEFAULT_ROLLOVER_HOUR);
    }

    /** The study day {@code instant} belongs to: its local date, or the day before if before the rollover. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDateTime().minusHours(rolloverHour).toLocalDate();
    }

    /** The instant the study day after the one containing {@code now} begins. */
    public Instant nextDayStart(Instant now) {
        return startOf(dayOf(now).plusDays(1));
    }

    /**
     * The instant {@code day} begins. If the rollover hour does not exist that day (a DST gap), the day
     * begins at the first valid local time after it.
     */
    public Instant startOf(LocalDate day) {
        return ZonedDateTime.of(day.atTime(rolloverHour, 0), zone).toInstant();
    }

    /** Whether something due at {@code due} is due in the study day containing {@code now} (or earlier). */
    public boolean isDueToday(Instant due, Instant now) {
        return due.isBefore(nextDayStart(now));
    }

    /** Whole study days from {@code earlier} to {@code later}; 0 within the same study day, never negative. */
    public long daysBetween(Instant earlier, Instant later) {
        return Math.max(0, ChronoUnit.DAYS.between(dayOf(earlier), dayOf(later)));
    }

    /** Whole 24-hour periods from {@code earlier} to {@code later}, never negative (py-fsrs' elapsed days). */
    static long wholeDaysBetween(Instant earlier, Instant later) {
        return Math.max(0, Duration.between(earlier, later).toDays());
    }
}
