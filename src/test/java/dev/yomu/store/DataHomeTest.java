package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataHomeTest {
    @Test
    void homeOptionWinsOverEverything() {
        assertThat(DataHome.resolve("/tmp/a", Map.of("YOMU_HOME", "/tmp/b", "XDG_DATA_HOME", "/tmp/c"), "/home/u"))
                .isEqualTo(Path.of("/tmp/a"));
    }

    @Test
    void yomuHomeBeforeXdg() {
        assertThat(DataHome.resolve(null, Map.of("YOMU_HOME", "/tmp/b", "XDG_DATA_HOME", "/tmp/c"), "/home/u"))
                .isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void xdgDataHomeGetsAYomuFolder() {
        assertThat(DataHome.resolve(null, Map.of("XDG_DATA_HOME", "/tmp/c"), "/home/u")).isEqualTo(Path.of("/tmp/c/yomu"));
    }

    @Test
    void fallsBackToLocalShare() {
        assertThat(DataHome.resolve(" ", Map.of("YOMU_HOME", ""), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/yomu"));
    }
}
