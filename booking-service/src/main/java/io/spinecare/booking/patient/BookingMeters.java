package io.spinecare.booking.patient;

import io.micrometer.core.instrument.MeterRegistry;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.web.TooManyRequests;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Counts bookings and holds by outcome ({@code spinecare.bookings}, {@code spinecare.holds}): created or granted,
 * {@code conflict} (someone else was first), {@code rejected} by a rule, with the refusal's problem slug as
 * {@code reason}, or {@code rate-limited}. Requests refused before the use case (unreadable, invalid) are not
 * counted here; the HTTP server metrics count those by status.
 */
@Component
class BookingMeters {

    private final MeterRegistry meters;

    BookingMeters(MeterRegistry meters) {
        this.meters = meters;
        // the successes from the start, so dashboards and alerts find the names before the first booking
        meters.counter("spinecare.bookings", "outcome", "created", "reason", "none");
        meters.counter("spinecare.holds", "outcome", "granted", "reason", "none");
    }

    <T> T booking(Supplier<T> book) {
        return counted("spinecare.bookings", "created", book);
    }

    <T> T hold(Supplier<T> hold) {
        return counted("spinecare.holds", "granted", hold);
    }

    private <T> T counted(String name, String success, Supplier<T> action) {
        try {
            T done = action.get();
            meters.counter(name, "outcome", success, "reason", "none").increment();
            return done;
        } catch (BookingFailure refused) {
            String outcome = refused instanceof BookingFailure.Conflict ? "conflict" : "rejected";
            meters.counter(name, "outcome", outcome, "reason", refused.slug()).increment();
            throw refused;
        } catch (TooManyRequests limited) {
            meters.counter(name, "outcome", "rate-limited", "reason", "rate-limited")
                    .increment();
            throw limited;
        }
    }
}
