package io.spinecare.notification.delivery;

import io.spinecare.notification.system.NotificationProperties;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential back-off with up to 10 % jitter, so retries of many messages do not arrive in lockstep. */
record RetryBackoff(Duration first, Duration max, double multiplier) {

    static RetryBackoff of(NotificationProperties.Delivery settings) {
        return new RetryBackoff(settings.firstRetry(), settings.maxRetry(), settings.retryMultiplier());
    }

    /** Delay before attempt {@code attempt + 1}, after {@code attempt} (≥ 1) failed attempts. */
    Duration after(int attempt) {
        double millis = first.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        long capped = (long) Math.min(millis, max.toMillis());
        long jitter = capped / 10 == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 10 + 1);
        return Duration.ofMillis(capped + jitter);
    }
}
