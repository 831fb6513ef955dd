package dev.yomu.srs;

/** FSRS memory state: stability S in days and difficulty D in [1, 10]. */
record MemoryState(double stability, double difficulty) {}
