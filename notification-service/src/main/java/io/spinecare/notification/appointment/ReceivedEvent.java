package io.spinecare.notification.appointment;

import java.time.Instant;

/** A decoded CloudEvent: its envelope attributes and the appointment body. */
public record ReceivedEvent(
        String id, String source, AppointmentEventType type, String subject, Instant time, AppointmentEvent body) {}
