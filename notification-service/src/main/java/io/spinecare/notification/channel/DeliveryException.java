package io.spinecare.notification.channel;

import java.util.function.Predicate;

/**
 * A provider did not take the message. {@link #permanent()} failures (a rejected address, a message that
 * cannot be built) are never retried and do not count against the circuit breaker; transient ones
 * (connection refused, timeouts, 4xx SMTP replies, HTTP 5xx/429) are retried with back-off. The message
 * is ours and names no recipient.
 */
public class DeliveryException extends RuntimeException {

    private final boolean permanent;
    private final boolean attempted;

    private DeliveryException(String reason, boolean permanent, boolean attempted) {
        super(reason, null, false, false);
        this.permanent = permanent;
        this.attempted = attempted;
    }

    public static DeliveryException permanent(String reason) {
        return new DeliveryException(reason, true, true);
    }

    public static DeliveryException transientFailure(String reason) {
        return new DeliveryException(reason, false, true);
    }

    /** The breaker refused the call: nothing reached the provider, so it does not use up an attempt. */
    public static DeliveryException notAttempted(String reason) {
        return new DeliveryException(reason, false, false);
    }

    public boolean permanent() {
        return permanent;
    }

    public boolean attempted() {
        return attempted;
    }

    /** Resilience4j {@code record-failure-predicate}: only transient failures open the breaker. */
    public static final class ProviderFault implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable t) {
            return !(t instanceof DeliveryException e) || !e.permanent;
        }
    }

    /** Resilience4j {@code ignore-exception-predicate}: a bad address says nothing about the provider. */
    public static final class RecipientFault implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable t) {
            return t instanceof DeliveryException e && e.permanent;
        }
    }
}
