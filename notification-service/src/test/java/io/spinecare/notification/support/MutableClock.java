package io.spinecare.notification.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests set and move: reminders, leases and staleness are decided by it, not by waiting. Between
 * moves it runs at real speed, so retries and back-off still come due as they would in production.
 */
public final class MutableClock extends Clock {

    private static final MutableClock SHARED = new MutableClock(Instant.parse("2026-11-20T06:00:00Z"));

    private volatile Anchor anchor;

    private MutableClock(Instant start) {
        set(start);
    }

    public static MutableClock shared() {
        return SHARED;
    }

    public synchronized void set(Instant instant) {
        anchor = new Anchor(instant, System.nanoTime());
    }

    public synchronized void advance(Duration duration) {
        set(instant().plus(duration));
    }

    @Override
    public Instant instant() {
        Anchor a = anchor;
        return a.at().plusNanos(System.nanoTime() - a.nanos());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    private record Anchor(Instant at, long nanos) {}
}
