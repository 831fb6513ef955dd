package dev.yomu.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The learner's study settings, stored in the database by {@code yomu config}. Validated once
 * here, reporting every bad value at once; after that the rest of the code trusts them.
 */
public record StudySettings(int newPerDay, int reviewsPerDay, double desiredRetention, int maximumInterval,
                            int rolloverHour) {

    /** Setting names, their defaults and what they mean, in the order {@code yomu config} lists them. */
    public static final Map<String, String[]> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("new-per-day", new String[] {"20", "new cards introduced per day"});
        KEYS.put("reviews-per-day", new String[] {"200", "review cards shown per day"});
        KEYS.put("desired-retention", new String[] {"0.9", "FSRS target recall probability, 0.70-0.99"});
        KEYS.put("maximum-interval", new String[] {"36500", "longest interval in days"});
        KEYS.put("rollover-hour", new String[] {"4", "hour (0-23) when a new study day starts"});
    }

    public static StudySettings defaults() {
        return from(Map.of());
    }

    /** Builds settings from stored values (missing ones take their default). */
    public static StudySettings from(Map<String, String> stored) {
        List<String> problems = new ArrayList<>();
        int newPerDay = intIn(stored, "new-per-day", 0, 9999, problems);
        int reviews = intIn(stored, "reviews-per-day", 0, 99999, problems);
        double retention = doubleIn(stored, "desired-retention", 0.70, 0.99, problems);
        int maxIvl = intIn(stored, "maximum-interval", 1, 36500, problems);
        int rollover = intIn(stored, "rollover-hour", 0, 23, problems);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return new StudySettings(newPerDay, reviews, retention, maxIvl, rollover);
    }

    private static String value(Map<String, String> stored, String key) {
        return stored.getOrDefault("config." + key, stored.getOrDefault(key, KEYS.get(key)[0])).trim();
    }

    private static int intIn(Map<String, String> stored, String key, int min, int max, List<String> problems) {
        return numberIn(stored, key, Integer::valueOf, min, max, "a whole number", problems);
    }

    private static double doubleIn(Map<String, String> stored, String key, double min, double max, List<String> problems) {
        return numberIn(stored, key, Double::valueOf, min, max, "a number", problems);
    }

    /** The stored value if it parses and lies in [min, max]; else the default, and a problem that says why. */
    private static <N extends Comparable<N>> N numberIn(Map<String, String> stored, String key,
            Function<String, N> parse, N min, N max, String what, List<String> problems) {
        String v = value(stored, key);
        try {
            N n = parse.apply(v);
            if (n.compareTo(min) >= 0 && n.compareTo(max) <= 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(key + " must be " + what + " from " + min + " to " + max + ", not '" + v + "'");
        return parse.apply(KEYS.get(key)[0]);
    }
}
