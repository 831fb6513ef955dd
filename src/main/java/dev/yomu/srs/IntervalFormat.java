package dev.yomu.srs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Short interval labels for answer buttons and due times, in the style of Anki: {@code <1m}, {@code 1m},
 * {@code 6m}, {@code 1h}, {@code 1d}, {@code 8d}, {@code 1.2mo}, {@code 1.5y}.
 *
 * <p>No seconds: a card "due in 59s" beside one "due in 1m" reads as two precisions for one thing.
 * Under half a minute shows {@code <1m}; from there minutes round half-up ({@code 45s} shows {@code 1m}).
 *
 * <p>Rounding: the unit is the largest one the duration reaches (m &lt; 60 m ≤ h &lt; 24 h ≤ d
 * &lt; 30 d ≤ mo &lt; 365 d ≤ y). Minutes, hours and days are rounded half-up to a whole number;
 * months (365/12 days) and years (365 days) to one decimal, half-up, with a trailing {@code .0} dropped. If
 * rounding reaches the next unit the next unit is used ({@code 59.6m} shows as {@code 1h}, not {@code 60m}).
 */
public final class IntervalFormat {
    private IntervalFormat() {}

    private static final double MINUTE = 60;
    private static final double HOUR = 60 * MINUTE;
    private static final double DAY = 24 * HOUR;
    private static final double MONTH = 365.0 / 12 * DAY;
    private static final double YEAR = 365 * DAY;

    /** The label for {@code interval}; negative durations are treated as zero (<1m). */
    public static String format(Duration interval) {
        double seconds = Math.max(0, interval.toMillis() / 1000.0);
        if (seconds < 30) return "<1m";
        if (seconds < 59.5 * MINUTE) return Math.round(seconds / MINUTE) + "m";
        if (seconds < 23.5 * HOUR) return Math.round(seconds / HOUR) + "h";
        if (seconds < 29.5 * DAY) return Math.round(seconds / DAY) + "d";
        if (seconds < 11.95 * MONTH) return oneDecimal(seconds / MONTH) + "mo";
        return oneDecimal(seconds / YEAR) + "y";
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
