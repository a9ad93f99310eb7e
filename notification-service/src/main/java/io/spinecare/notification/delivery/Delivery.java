package io.spinecare.notification.delivery;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.message.AppointmentSnapshot;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.message.MessageRequest;
import io.spinecare.notification.message.SeriesSnapshot;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message to one recipient over one channel because of one event. Its id is derived from exactly
 * that (event id, kind, offset, channel), so inserting it is the claim: a redelivered event or a second
 * instance collides on the unique {@code _id} and sends nothing. An event names one patient, so each
 * channel has one recipient and the id needs nothing of the address: an unsalted hash of a phone number
 * is reversed by trying every number. The address is kept only in {@code recipient}, to send.
 */
@Document(Delivery.COLLECTION)
public record Delivery(
        @Id String id,
        String appointmentId,
        String sourceEventId,
        MessageKind kind,
        String reminderOffset,
        Channel channel,
        String recipient,
        DeliveryStatus status,
        Instant createdAt,
        Instant dueAt,
        Instant availableAt,
        Instant staleAt,
        String owner,
        int attempts,
        Instant finishedAt,
        String lastError,
        boolean outcomePublished,
        int calendarSequence,
        AppointmentSnapshot appointment,
        SeriesSnapshot series) {

    public Delivery(
            String id,
            String appointmentId,
            String sourceEventId,
            MessageKind kind,
            String reminderOffset,
            Channel channel,
            String recipient,
            DeliveryStatus status,
            Instant createdAt,
            Instant dueAt,
            Instant availableAt,
            Instant staleAt,
            String owner,
            int attempts,
            Instant finishedAt,
            String lastError,
            boolean outcomePublished,
            int calendarSequence,
            AppointmentSnapshot appointment) {
        this(
                id,
                appointmentId,
                sourceEventId,
                kind,
                reminderOffset,
                channel,
                recipient,
                status,
                createdAt,
                dueAt,
                availableAt,
                staleAt,
                owner,
                attempts,
                finishedAt,
                lastError,
                outcomePublished,
                calendarSequence,
                appointment,
                null);
    }

    static final String COLLECTION = "deliveries";

    public static String idFor(String eventId, MessageKind kind, Duration offset, Channel channel) {
        String kindPart = offset == null ? kind.name() : kind.name() + "-" + offset;
        return eventId + ":" + kindPart + ":" + channel;
    }

    Duration reminderOffsetDuration() {
        return reminderOffset == null ? null : Duration.parse(reminderOffset);
    }

    MessageRequest request() {
        return new MessageRequest(kind, reminderOffsetDuration(), appointment, calendarSequence, recipient, series);
    }
}
