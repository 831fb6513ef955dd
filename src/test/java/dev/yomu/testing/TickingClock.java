package dev.yomu.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that moves forward on every reading, by a step with nanosecond digits, the way the real
 * clock does between two screens: tests on round instants never see what precision does to stored times.
 */
public final class TickingClock extends Clock {
    private Instant now;
    private final Duration step;
    private final ZoneId zone;

    public TickingClock(Instant start, Duration step, ZoneId zone) {
        this.now = start;
        this.step = step;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new TickingClock(now, step, z);
    }

    @Override
    public synchronized Instant instant() {
        Instant read = now;
        now = now.plus(step);
        return read;
    }
}
