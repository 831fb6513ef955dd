package dev.yomu.store;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How many backups rotation keeps: the newest of each of the last {@code days} days, {@code weeks}
 * ISO weeks and {@code months} months that have a backup (Anki's and restic's "keep daily / weekly /
 * monthly"), and always the newest {@link #ALWAYS_KEPT}, so a backup made before an operation
 * survives the day's later ones. Set with {@code yomu config backup-days N} and the like.
 */
public record BackupPolicy(int days, int weeks, int months) {
    /** The newest backups kept whatever the settings say: the one just made and the one before it. */
    public static final int ALWAYS_KEPT = 2;

    /** Setting names, their defaults and what they mean, in the order {@code yomu config} lists them. */
    public static final Map<String, String[]> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("backup-days", new String[] {"7", "daily backups kept (0 = no daily backup)"});
        KEYS.put("backup-weeks", new String[] {"4", "weekly backups kept"});
        KEYS.put("backup-months", new String[] {"6", "monthly backups kept"});
    }

    public static BackupPolicy defaults() {
        return from(Map.of());
    }

    /** From stored settings ({@code config.backup-days} …); a bad value is refused with its rule. */
    public static BackupPolicy from(Map<String, String> stored) {
        List<String> problems = new ArrayList<>();
        BackupPolicy p = new BackupPolicy(count(stored, "backup-days", problems), count(stored, "backup-weeks", problems),
                count(stored, "backup-months", problems));
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return p;
    }

    private static int count(Map<String, String> stored, String key, List<String> problems) {
        String v = stored.getOrDefault("config." + key, KEYS.get(key)[0]).trim();
        try {
            int n = Integer.parseInt(v);
            if (n >= 0 && n <= 999) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(key + " must be a whole number from 0 to 999, not '" + v + "'");
        return Integer.parseInt(KEYS.get(key)[0]);
    }

    /** Whether a backup is made once a day on its own. */
    public boolean daily() {
        return days > 0;
    }

    /** @return which of the backups made at {@code times} to keep (the others are deleted) */
    public <T> Set<T> keep(Map<T, LocalDateTime> times) {
        List<Map.Entry<T, LocalDateTime>> newestFirst = new ArrayList<>(times.entrySet());
        newestFirst.sort(Map.Entry.<T, LocalDateTime>comparingByValue(Comparator.reverseOrder()));
        Set<T> kept = new HashSet<>();
        for (int i = 0; i < Math.min(ALWAYS_KEPT, newestFirst.size()); i++) kept.add(newestFirst.get(i).getKey());
        kept.addAll(newestOfEach(newestFirst, t -> t.toLocalDate(), days));
        kept.addAll(newestOfEach(newestFirst, t -> t.get(IsoFields.WEEK_BASED_YEAR) * 100 + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weeks));
        kept.addAll(newestOfEach(newestFirst, YearMonth::from, months));
        return kept;
    }

    /** The newest backup of each of the {@code n} most recent periods that have one. */
    private static <T> List<T> newestOfEach(List<Map.Entry<T, LocalDateTime>> newestFirst,
                                            Function<LocalDateTime, Object> period, int n) {
        List<T> out = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Map.Entry<T, LocalDateTime> e : newestFirst) {
            if (seen.size() == n) break;
            if (seen.add(period.apply(e.getValue()))) out.add(e.getKey());
        }
        return out;
    }
}
