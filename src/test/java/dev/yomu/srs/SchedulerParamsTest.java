package dev.yomu.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerParamsTest {

    @Test
    void defaultsAreFsrs6() {
        SchedulerParams p = SchedulerParams.defaults();
        assertThat(p.weights()).hasSize(21).startsWith(0.212, 1.2931, 2.3065, 8.2956).endsWith(0.1542);
        assertThat(p.desiredRetention()).isEqualTo(0.9);
        assertThat(p.maximumInterval()).isEqualTo(36500);
        assertThat(p.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(p.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(p.enableFuzz()).isTrue();
    }

    // In the spirit of py-fsrs tests/test_basic.py test_scheduler_parameter_validation: every bad field is
    // reported in one message.
    @Test
    void validationListsEveryBadField() {
        List<Double> w = new ArrayList<>(SchedulerParams.DEFAULT_WEIGHTS);
        w.set(0, 0.0);
        w.set(20, 0.9);
        assertThatThrownBy(() -> new SchedulerParams(w, 1.5, 0, List.of(Duration.ZERO),
                List.of(Duration.ofMinutes(-1)), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("weights[0] = 0.0", "weights[20] = 0.9", "desiredRetention = 1.5",
                        "maximumInterval = 0", "learningSteps[0]", "relearningSteps[0]");
    }

    @Test
    void rejectsWrongNumberOfWeights() {
        assertThatThrownBy(() -> SchedulerParams.defaults().withWeights(List.of(1.0, 2.0)))
                .hasMessageContaining("weights must have 21 values but has 2");
    }

    @Test
    void rejectsNullsAndNaN() {
        List<Double> w = new ArrayList<>(SchedulerParams.DEFAULT_WEIGHTS);
        w.set(3, Double.NaN);
        assertThatThrownBy(() -> new SchedulerParams(w, Double.NaN, 10, null, List.of(), false))
                .hasMessageContainingAll("weights[3] = NaN", "desiredRetention = NaN",
                        "learningSteps must not be null");
    }

    @Test
    void copiesLists() {
        List<Duration> steps = new ArrayList<>(List.of(Duration.ofMinutes(1)));
        SchedulerParams p = SchedulerParams.defaults().withSteps(steps, List.of());
        steps.add(Duration.ofMinutes(5));
        assertThat(p.learningSteps()).hasSize(1);
    }
}
