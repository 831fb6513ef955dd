package dev.yomu.support;

/** Progress of long work, reported in units the caller chose (characters, entries). Never prints. */
public interface Progress {
    void start(String task, long total);

    void advance(long units);

    void end();

    /** A named step of the work has begun (the previous one, if any, has ended). */
    default void stage(String name) {}

    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {}

        @Override
        public void advance(long units) {}

        @Override
        public void end() {}
    };
}
