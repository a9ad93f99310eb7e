package io.spinecare.gateway.abuse;

import java.time.Duration;
import java.util.Locale;

/** Per-account lockout for staff sign-in; case and surrounding spaces are ignored, so variants of a name share one lock. */
public record LoginLockout(FailureBackoff failures) {

    public Duration lockedFor(String username) {
        return failures.lockedFor(key(username));
    }

    public void failed(String username) {
        failures.failed(key(username));
    }

    public void succeeded(String username) {
        failures.succeeded(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
