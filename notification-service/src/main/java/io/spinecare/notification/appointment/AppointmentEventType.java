package io.spinecare.notification.appointment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The appointment event types of docs/events.md; anything else on the topic is unknown and skipped. Both
 * versions are read: {@code .v2} (no contact details, ADR 0212) and {@code .v1}, which older records on
 * the topic still are until its retention removes them.
 */
public enum AppointmentEventType {
    BOOKED("io.spinecare.appointment.booked"),
    PREREQUISITES_VERIFIED("io.spinecare.appointment.prerequisites-verified"),
    RESCHEDULED("io.spinecare.appointment.rescheduled"),
    CANCELLED("io.spinecare.appointment.cancelled"),
    CHECKED_IN("io.spinecare.appointment.checked-in"),
    COMPLETED("io.spinecare.appointment.completed"),
    NO_SHOW("io.spinecare.appointment.no-show"),
    STATUS_CORRECTED("io.spinecare.appointment.status-corrected"),
    URGENT_REVIEW_REQUESTED("io.spinecare.appointment.urgent-review-requested"),
    URGENT_REVIEW_ACKNOWLEDGED("io.spinecare.appointment.urgent-review-acknowledged");

    private final String name;

    AppointmentEventType(String name) {
        this.name = name;
    }

    /** The {@code ce_type} of this event with schema version {@code version}. */
    public String ceType(int version) {
        return name + ".v" + version;
    }

    public static Optional<AppointmentEventType> fromCeType(String ceType) {
        return Arrays.stream(values())
                .filter(t -> t.ceType(1).equals(ceType) || t.ceType(2).equals(ceType))
                .findFirst();
    }
}
