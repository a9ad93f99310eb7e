package io.spinecare.booking.support;

import java.time.Instant;

/** Fixed instants tests start from; far enough ahead that nothing depends on the real date. */
public final class TestTimes {

    /** Monday 2030-06-03 09:00 in Asia/Kolkata. */
    public static final Instant NOW = Instant.parse("2030-06-03T03:30:00Z");

    private TestTimes() {}
}
