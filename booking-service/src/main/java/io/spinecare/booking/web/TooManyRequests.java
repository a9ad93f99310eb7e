package io.spinecare.booking.web;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A per-client limit was reached: 429 {@code rate-limited}, with the wait in {@code Retry-After}. */
public class TooManyRequests extends ProblemException {

    private final Duration retryAfter;

    public TooManyRequests(String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", detail, List.of());
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
