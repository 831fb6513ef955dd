package dev.yomu.srs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Validated scheduler configuration. Build it once (the constructor reports every bad field in one
 * {@link IllegalArgumentException}); after that the scheduler trusts it.
 *
 * @param weights          the 21 FSRS-6 parameters w0..w20
 * @param desiredRetention target probability of recall at the due date, in (0, 1]
 * @param maximumInterval  longest review interval in days, at least 1
 * @param learningSteps    delays for new cards (each positive); empty means graduate at once
 * @param relearningSteps  delays after a lapse (each positive); empty means stay in review
 * @param enableFuzz       whether review intervals of 2.5 days or more are fuzzed
 */
public record SchedulerParams(List<Double> weights, double desiredRetention, int maximumInterval,
                              List<Duration> learningSteps, List<Duration> relearningSteps, boolean enableFuzz) {

    /** FSRS-6 default parameters (fsrs-rs DEFAULT_PARAMETERS since v4.0.0, py-fsrs 6.2+, ts-fsrs 5.x). */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956,
            6.4133, 0.8334, 3.0194, 0.001,
            1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483,
            0.6014, 1.8729,
            0.5425, 0.0912, 0.0658,
            0.1542);

    /** Number of FSRS-6 weights. */
    public static final int WEIGHT_COUNT = 21;

    /**
     * Lower and upper bound of each weight (fsrs-rs src/parameter_clipper.rs). Simplification: w17 and w18
     * use the fixed upper bound 2, not the bound fsrs-rs derives from the number of relearning steps.
     */
    private static final double[][] BOUNDS = {
            {0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100},
            {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75},
            {0, 4.5}, {0, 0.8}, {0.001, 3.5},
            {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4},
            {0, 1}, {1, 6},
            {0, 2}, {0, 2}, {0, 0.8},
            {0.1, 0.8}};

    /** Copies the lists and validates every field, listing all problems in one message. */
    public SchedulerParams {
        List<String> problems = new ArrayList<>();
        checkWeights(weights, problems);
        if (!(desiredRetention > 0 && desiredRetention <= 1))
            problems.add("desiredRetention = " + desiredRetention + " is not in (0, 1]");
        if (maximumInterval < 1)
            problems.add("maximumInterval = " + maximumInterval + " is not >= 1");
        checkSteps("learningSteps", learningSteps, problems);
        checkSteps("relearningSteps", relearningSteps, problems);
        if (!problems.isEmpty())
            throw new IllegalArgumentException("Invalid scheduler parameters: " + String.join("; ", problems) + ".");
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    /** Default weights, retention 0.9, maximum 36500 days, steps 1m 10m, relearning 10m, fuzz on. */
    public static SchedulerParams defaults() {
        return new SchedulerParams(DEFAULT_WEIGHTS, 0.9, 36500,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), true);
    }

    /** A copy with fuzz switched on or off. */
    public SchedulerParams withFuzz(boolean enable) {
        return new SchedulerParams(weights, desiredRetention, maximumInterval, learningSteps, relearningSteps, enable);
    }

    /** A copy with other weights. */
    public SchedulerParams withWeights(List<Double> newWeights) {
        return new SchedulerParams(newWeights, desiredRetention, maximumInterval, learningSteps, relearningSteps,
                enableFuzz);
    }

    /** A copy with another desired retention. */
    public SchedulerParams withDesiredRetention(double retention) {
        return new SchedulerParams(weights, retention, maximumInterval, learningSteps, relearningSteps, enableFuzz);
    }

    /** A copy with another maximum interval (days). */
    public SchedulerParams withMaximumInterval(int days) {
        return new SchedulerParams(weights, desiredRetention, days, learningSteps, relearningSteps, enableFuzz);
    }

    /** A copy with other learning and relearning steps. */
    public SchedulerParams withSteps(List<Duration> learning, List<Duration> relearning) {
        return new SchedulerParams(weights, desiredRetention, maximumInterval, learning, relearning, enableFuzz);
    }

    private static void checkWeights(List<Double> weights, List<String> problems) {
        if (weights == null) {
            problems.add("weights must not be null");
            return;
        }
        if (weights.size() != WEIGHT_COUNT) {
            problems.add("weights must have " + WEIGHT_COUNT + " values but has " + weights.size());
            return;
        }
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            Double w = weights.get(i);
            if (w == null || !(w >= BOUNDS[i][0] && w <= BOUNDS[i][1]))
                problems.add("weights[" + i + "] = " + w + " is out of bounds [" + BOUNDS[i][0] + ", "
                        + BOUNDS[i][1] + "]");
        }
    }

    private static void checkSteps(String name, List<Duration> steps, List<String> problems) {
        if (steps == null) {
            problems.add(name + " must not be null");
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            Duration step = steps.get(i);
            if (step == null || step.isZero() || step.isNegative())
                problems.add(name + "[" + i + "] = " + step + " is not a positive duration");
        }
    }
}
