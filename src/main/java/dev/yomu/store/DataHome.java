package dev.yomu.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the learner's data lives: {@code --home}, else {@code $YOMU_HOME}, else
 * {@code $XDG_DATA_HOME/yomu}, else {@code ~/.local/share/yomu}.
 */
public final class DataHome {
    private DataHome() {}

    public static Path resolve(String override, Map<String, String> env, String userHome) {
        if (notBlank(override)) return Path.of(override).toAbsolutePath();
        if (notBlank(env.get("YOMU_HOME"))) return Path.of(env.get("YOMU_HOME")).toAbsolutePath();
        if (notBlank(env.get("XDG_DATA_HOME"))) return Path.of(env.get("XDG_DATA_HOME"), "yomu").toAbsolutePath();
        return Path.of(userHome, ".local", "share", "yomu");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
