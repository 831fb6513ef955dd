package dev.yomu.review;

import dev.yomu.store.BackupPolicy;
import dev.yomu.store.Database;
import dev.yomu.store.SettingStore;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The learner's settings ({@code yomu config}): the study settings and how many backups are kept, read and
 * changed here, each call one transaction. A change is stored only if every setting is still valid with it.
 */
public final class SettingsService {
    /** Every setting {@code yomu config} knows, name to {default, meaning}: study settings first, then backups. */
    public static final Map<String, String[]> KEYS;

    static {
        Map<String, String[]> keys = new LinkedHashMap<>(StudySettings.KEYS);
        keys.putAll(BackupPolicy.KEYS);
        KEYS = Collections.unmodifiableMap(keys);
    }

    private final Database db;
    private final SettingStore store = new SettingStore();

    public SettingsService(Database db) {
        this.db = db;
    }

    /** What is stored, as "config.KEY" to value (settings never changed are missing: they have their default). */
    public Map<String, String> stored() {
        return db.read(store::all);
    }

    /** The study settings as stored; an IllegalArgumentException names every bad value. */
    public StudySettings study() {
        return StudySettings.from(stored());
    }

    /**
     * Stores {@code value} for the setting {@code key} (one of {@link #KEYS}); an IllegalArgumentException
     * says why a value is refused, and nothing is stored then.
     */
    public void change(String key, String value) {
        db.transaction(c -> {
            Map<String, String> changed = new HashMap<>(store.all(c));
            changed.put("config." + key, value);
            StudySettings.from(changed);
            BackupPolicy.from(changed);
            store.put(c, "config." + key, value);
            return null;
        });
    }
}
