package io.spinecare.gateway.testing;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The rate-limit buckets' clock, moved forward by the tests instead of waiting. */
public final class ManualTimeMeter implements TimeMeter {

    private final AtomicLong nanos = new AtomicLong(Duration.ofDays(1).toNanos());

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Override
    public long currentTimeNanos() {
        return nanos.get();
    }

    /** Claims wall-clock time (as Bucket4j's proxy managers require); it starts a day after the epoch. */
    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
