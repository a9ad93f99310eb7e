package io.spinecare.gateway.abuse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Counts failures per key (an account, a client) and, once more than {@code freeFailures} pile up, locks the
 * key for {@code firstLock}, doubling with every further failure up to {@code maxLock}. A key quiet for
 * {@code forgetAfter} starts afresh. Counting is atomic per key, so parallel guesses cannot slip between a
 * check and a count. In memory, per gateway instance: N replicas allow at most N times the failures.
 */
public final class FailureBackoff {

    /** Bounds memory when many keys show up (a scan, a botnet). */
    static final long MAX_KEYS = 200_000;

    private final AbuseProperties.Policy policy;
    private final TimeMeter clock;
    private final Cache<String, Failures> failures;

    public FailureBackoff(AbuseProperties.Policy policy, TimeMeter clock) {
        this.policy = policy;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(MAX_KEYS).build();
    }

    private record Failures(int count, long lastNanos, long lockedUntilNanos) {}

    /** How long the key must still wait; zero when it may try now. */
    public Duration lockedFor(String key) {
        Failures current = failures.getIfPresent(key);
        long now = clock.currentTimeNanos();
        if (current == null || current.lockedUntilNanos() <= now) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(current.lockedUntilNanos() - now);
    }

    /** One more failure; returns how long the key is now locked for (zero while failures are still free). */
    public Duration failed(String key) {
        long now = clock.currentTimeNanos();
        Failures updated = failures.asMap().compute(key, (k, previous) -> {
            boolean forgotten = previous == null
                    || now - previous.lastNanos() >= policy.forgetAfter().toNanos();
            int count = forgotten ? 1 : previous.count() + 1;
            long lockedUntil =
                    count > policy.freeFailures() ? now + lockFor(count).toNanos() : 0;
            return new Failures(count, now, lockedUntil);
        });
        return Duration.ofNanos(Math.max(0, updated.lockedUntilNanos() - now));
    }

    /** A success clears the key's failures (for accounts: the owner got in). */
    public void succeeded(String key) {
        failures.invalidate(key);
    }

    /** {@code firstLock * 2^(failures beyond the free ones - 1)}, capped at {@code maxLock}. */
    Duration lockFor(int count) {
        int doublings = Math.min(count - policy.freeFailures() - 1, 30);
        Duration lock = policy.firstLock().multipliedBy(1L << doublings);
        return lock.compareTo(policy.maxLock()) > 0 ? policy.maxLock() : lock;
    }

    /** Whole seconds for a Retry-After header, never less than one. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
