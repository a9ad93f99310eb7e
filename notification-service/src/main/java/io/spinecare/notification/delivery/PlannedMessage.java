package io.spinecare.notification.delivery;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.message.AppointmentSnapshot;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.message.SeriesSnapshot;
import java.time.Duration;
import java.time.Instant;

/**
 * A message the planner wants sent: now ({@code dueAt} null) or at {@code dueAt} (reminders). It is
 * dropped unsent once {@code staleAt} has passed.
 */
public record PlannedMessage(
        String sourceEventId,
        MessageKind kind,
        Duration reminderOffset,
        Channel channel,
        String recipient,
        Instant dueAt,
        Instant staleAt,
        int calendarSequence,
        AppointmentSnapshot appointment,
        SeriesSnapshot series) {

    public PlannedMessage(
            String sourceEventId,
            MessageKind kind,
            Duration reminderOffset,
            Channel channel,
            String recipient,
            Instant dueAt,
            Instant staleAt,
            int calendarSequence,
            AppointmentSnapshot appointment) {
        this(
                sourceEventId,
                kind,
                reminderOffset,
                channel,
                recipient,
                dueAt,
                staleAt,
                calendarSequence,
                appointment,
                null);
    }

    /** The appointment the delivery belongs to: a series message's is the one the surgery was recorded at. */
    String appointmentId() {
        return appointment != null ? appointment.appointmentId() : series.appointmentId();
    }

    String deliveryId() {
        return Delivery.idFor(sourceEventId, kind, reminderOffset, channel);
    }
}
