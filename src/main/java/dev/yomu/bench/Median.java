package dev.yomu.bench;

import java.util.Arrays;

/** The figure every benchmark reports: a median holds on a machine whose speed jumps between rounds. */
final class Median {
    private Median() {}

    /** @return the middle value, or the mean of the two middle values of an even count */
    static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
