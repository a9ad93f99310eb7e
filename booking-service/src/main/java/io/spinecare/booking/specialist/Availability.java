package io.spinecare.booking.specialist;

import java.util.List;

/**
 * Weekly pattern plus exceptions, in wall-clock time of {@code zone}. The zone is stored with the
 * times so that a later change of the clinic's zone setting cannot silently shift them.
 */
public record Availability(String zone, List<WeeklyWindow> weekly, List<AvailabilityException> exceptions) {

    public Availability {
        weekly = weekly == null ? List.of() : List.copyOf(weekly);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public static Availability none(String zone) {
        return new Availability(zone, List.of(), List.of());
    }
}
