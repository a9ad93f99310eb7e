package io.spinecare.notification.message;

import java.time.Duration;

/**
 * One message to render: its kind, the appointment as planned, the calendar revision and the recipient
 * address (used as the invitation's attendee). {@code reminderOffset} is set for reminders only; a
 * series message has {@code series} instead of {@code appointment}.
 */
public record MessageRequest(
        MessageKind kind,
        Duration reminderOffset,
        AppointmentSnapshot appointment,
        int calendarSequence,
        String recipient,
        SeriesSnapshot series) {

    public MessageRequest(
            MessageKind kind,
            Duration reminderOffset,
            AppointmentSnapshot appointment,
            int calendarSequence,
            String recipient) {
        this(kind, reminderOffset, appointment, calendarSequence, recipient, null);
    }
}
