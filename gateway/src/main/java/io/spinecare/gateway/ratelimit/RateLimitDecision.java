package io.spinecare.gateway.ratelimit;

import java.time.Duration;

/** What a store answered for one request: go ahead, or wait {@code retryAfter}. */
record RateLimitDecision(boolean allowed, long remaining, Duration retryAfter) {

    static RateLimitDecision allow(long remaining) {
        return new RateLimitDecision(true, remaining, Duration.ZERO);
    }

    static RateLimitDecision deny(Duration retryAfter) {
        return new RateLimitDecision(false, 0, retryAfter);
    }

    /** Whole seconds for the Retry-After header, never less than one. */
    long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
