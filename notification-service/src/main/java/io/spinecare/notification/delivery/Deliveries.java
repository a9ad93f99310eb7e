package io.spinecare.notification.delivery;

import io.spinecare.notification.system.NotificationProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The delivery feature's entry point. {@link #sendNow} inserts each message already claimed by this
 * instance (insert-first: a duplicate id means it was handled before, so nothing is sent) and sends it;
 * {@link #schedule} stores reminders for the dispatcher.
 */
@Component
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryStore store;
    private final DeliveryWorker worker;
    private final Clock clock;
    private final Duration lease;
    private final String instance;

    Deliveries(
            DeliveryStore store,
            DeliveryWorker worker,
            Clock clock,
            NotificationProperties properties,
            InstanceId instance) {
        this.store = store;
        this.worker = worker;
        this.clock = clock;
        this.lease = properties.delivery().lease();
        this.instance = instance.value();
    }

    /** Claims and sends each message now; returns how many were new (the rest were duplicates). */
    public int sendNow(List<PlannedMessage> messages) {
        int fresh = 0;
        for (PlannedMessage message : messages) {
            Instant now = clock.instant();
            Delivery claimed = delivery(message, DeliveryStatus.SENDING, now, now, now.plus(lease), instance);
            if (store.insert(claimed)) {
                fresh++;
                worker.process(claimed);
            } else {
                log.debug("Delivery {} exists already; not sent again", claimed.id());
            }
        }
        return fresh;
    }

    /** Stores messages to be sent at their {@code dueAt}, in one write; duplicates are ignored. */
    public int schedule(List<PlannedMessage> messages) {
        Instant now = clock.instant();
        return store.insertAll(messages.stream()
                .map(m -> delivery(m, DeliveryStatus.SCHEDULED, now, m.dueAt(), m.dueAt(), null))
                .toList());
    }

    /** Withdraws reminders of the appointment still waiting, except those planned by {@code keepEventId}. */
    public long withdrawReminders(String appointmentId, String keepEventId, String reason) {
        return store.withdrawReminders(appointmentId, keepEventId, clock.instant(), reason);
    }

    /** Everything sent, waiting or dropped for one appointment, oldest first (the staff delivery log). */
    public List<Delivery> log(String appointmentId) {
        return store.forAppointment(appointmentId);
    }

    private static Delivery delivery(
            PlannedMessage m, DeliveryStatus status, Instant now, Instant dueAt, Instant availableAt, String owner) {
        return new Delivery(
                m.deliveryId(),
                m.appointmentId(),
                m.sourceEventId(),
                m.kind(),
                m.reminderOffset() == null ? null : m.reminderOffset().toString(),
                m.channel(),
                m.recipient(),
                status,
                now,
                dueAt,
                availableAt,
                m.staleAt(),
                owner,
                0,
                null,
                null,
                false,
                m.calendarSequence(),
                m.appointment(),
                m.series());
    }
}
