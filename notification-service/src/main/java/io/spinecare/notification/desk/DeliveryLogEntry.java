package io.spinecare.notification.desk;

import io.spinecare.notification.channel.Recipients;
import io.spinecare.notification.delivery.Delivery;
import java.time.Instant;

/**
 * One line of the staff delivery log: what went where and how it ended. The address is masked and the
 * message text is not shown; staff need to know that the patient was told, not to read it again.
 */
record DeliveryLogEntry(
        String id,
        String sourceEventId,
        String kind,
        String reminderOffset,
        String channel,
        String recipient,
        String status,
        int attempts,
        Instant createdAt,
        Instant dueAt,
        Instant finishedAt,
        String reason) {

    static DeliveryLogEntry of(Delivery d) {
        return new DeliveryLogEntry(
                d.id().substring(0, d.id().lastIndexOf(':')),
                d.sourceEventId(),
                d.kind().name(),
                d.reminderOffset(),
                d.channel().name(),
                Recipients.mask(d.channel(), d.recipient()),
                d.status().name(),
                d.attempts(),
                d.createdAt(),
                d.dueAt(),
                d.finishedAt(),
                d.lastError());
    }
}
