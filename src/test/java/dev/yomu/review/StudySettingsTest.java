package dev.yomu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StudySettingsTest {
    @Test
    void defaultsMatchTheDocumentedValues() {
        assertThat(StudySettings.defaults()).isEqualTo(new StudySettings(20, 200, 0.9, 36500, 4));
    }

    @Test
    void storedValuesOverrideDefaults() {
        assertThat(StudySettings.from(Map.of("config.new-per-day", "5", "config.rollover-hour", "0")))
                .isEqualTo(new StudySettings(5, 200, 0.9, 36500, 0));
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        assertThatThrownBy(() -> StudySettings.from(Map.of("config.new-per-day", "many", "config.rollover-hour", "24")))
                .hasMessageContaining("new-per-day").hasMessageContaining("rollover-hour");
    }
}
