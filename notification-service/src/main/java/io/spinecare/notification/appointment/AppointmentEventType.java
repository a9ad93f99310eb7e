package io.spinecare.notification.appointment;

import java.util.Arrays;
import java.util.Optional;

/** The appointment event types of docs/events.md; anything else on the topic is unknown and skipped. */
public enum AppointmentEventType {
    BOOKED("io.spinecare.appointment.booked.v1"),
    PREREQUISITES_VERIFIED("io.spinecare.appointment.prerequisites-verified.v1"),
    RESCHEDULED("io.spinecare.appointment.rescheduled.v1"),
    CANCELLED("io.spinecare.appointment.cancelled.v1"),
    CHECKED_IN("io.spinecare.appointment.checked-in.v1"),
    COMPLETED("io.spinecare.appointment.completed.v1"),
    NO_SHOW("io.spinecare.appointment.no-show.v1"),
    STATUS_CORRECTED("io.spinecare.appointment.status-corrected.v1"),
    URGENT_REVIEW_REQUESTED("io.spinecare.appointment.urgent-review-requested.v1"),
    URGENT_REVIEW_ACKNOWLEDGED("io.spinecare.appointment.urgent-review-acknowledged.v1");

    private final String ceType;

    AppointmentEventType(String ceType) {
        this.ceType = ceType;
    }

    public String ceType() {
        return ceType;
    }

    public static Optional<AppointmentEventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }
}
