package io.spinecare.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.spinecare.notification.channel.DeliveryChannels;
import io.spinecare.notification.channel.DeliveryException;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.system.NotificationProperties;
import io.spinecare.notification.timeline.AppointmentTimelines;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one delivery this instance has claimed, and records what happened. Before sending it checks that
 * the message is still true (the appointment was not cancelled or moved since) and still useful.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryStore store;
    private final DeliveryChannels channels;
    private final AppointmentTimelines timelines;
    private final OutcomePublisher outcomes;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final int maxAttempts;
    private final MeterRegistry meters;

    DeliveryWorker(
            DeliveryStore store,
            DeliveryChannels channels,
            AppointmentTimelines timelines,
            OutcomePublisher outcomes,
            Clock clock,
            NotificationProperties properties,
            MeterRegistry meters) {
        this.store = store;
        this.channels = channels;
        this.timelines = timelines;
        this.outcomes = outcomes;
        this.clock = clock;
        this.backoff = RetryBackoff.of(properties.delivery());
        this.maxAttempts = properties.delivery().maxAttempts();
        this.meters = meters;
        // registered from the start, so dashboards and alerts find it before the first reminder
        for (MessageKind kind : List.of(MessageKind.REMINDER, MessageKind.SCAN_REMINDER)) {
            meters.timer("spinecare.reminders.lateness", "kind", kind.name());
        }
    }

    void process(Delivery delivery) {
        Instant now = clock.instant();
        Optional<String> noLongerTrue = noLongerTrue(delivery);
        if (noLongerTrue.isPresent()) {
            finishUnsent(delivery, DeliveryStatus.WITHDRAWN, now, noLongerTrue.get());
            return;
        }
        if (delivery.staleAt() != null && !now.isBefore(delivery.staleAt())) {
            finishUnsent(delivery, DeliveryStatus.DROPPED, now, "too late to be useful");
            return;
        }
        try {
            channels.send(delivery.channel(), delivery.recipient(), delivery.request(), delivery.id());
        } catch (DeliveryException e) {
            failed(delivery, e);
            return;
        }
        Instant sentAt = clock.instant();
        store.markSent(delivery.id(), sentAt);
        count(delivery, "sent");
        if (delivery.dueAt() != null && delivery.reminderOffset() != null) {
            // how long after its due time a reminder went out (the dispatcher's pace, downtime, retries)
            meters.timer("spinecare.reminders.lateness", "kind", delivery.kind().name())
                    .record(lateness(delivery.dueAt(), sentAt));
        }
        outcomes.publish(delivery, DeliveryStatus.SENT, sentAt, null);
    }

    private Optional<String> noLongerTrue(Delivery delivery) {
        if (delivery.kind() == MessageKind.CANCELLATION) {
            return Optional.empty();
        }
        return timelines.find(delivery.appointmentId()).flatMap(timeline -> {
            if (timeline.cancelled()) {
                return Optional.of("appointment cancelled");
            }
            // MongoDB keeps milliseconds: compare at that precision.
            Instant planned = delivery.appointment().start().truncatedTo(ChronoUnit.MILLIS);
            boolean moved = timeline.currentStart()
                    .map(start -> !start.truncatedTo(ChronoUnit.MILLIS).equals(planned))
                    .orElse(false);
            return moved ? Optional.of("appointment moved") : Optional.empty();
        });
    }

    private void failed(Delivery delivery, DeliveryException e) {
        Instant now = clock.instant();
        int attempts = delivery.attempts() + (e.attempted() ? 1 : 0);
        if (e.permanent() || attempts >= maxAttempts) {
            String reason =
                    e.permanent() ? e.getMessage() : e.getMessage() + " (gave up after " + attempts + " attempts)";
            store.markFailed(delivery.id(), now, reason);
            count(delivery, "failed");
            log.warn("Delivery {} failed permanently: {}", delivery.id(), reason);
            outcomes.publish(delivery, DeliveryStatus.FAILED, now, reason);
        } else {
            store.markRetry(
                    delivery.id(), now.plus(backoff.after(Math.max(1, attempts))), e.getMessage(), e.attempted());
            count(delivery, "retry");
            log.debug("Delivery {} will be retried: {}", delivery.id(), e.getMessage());
        }
    }

    private void finishUnsent(Delivery delivery, DeliveryStatus status, Instant now, String reason) {
        store.markUnsent(delivery.id(), status, now, reason);
        count(delivery, status.name().toLowerCase(java.util.Locale.ROOT));
        log.info("Delivery {} {}: {}", delivery.id(), status, reason);
    }

    private static Duration lateness(Instant due, Instant sent) {
        Duration late = Duration.between(due, sent);
        return late.isNegative() ? Duration.ZERO : late;
    }

    private void count(Delivery delivery, String outcome) {
        meters.counter(
                        "spinecare.notifications",
                        "channel",
                        delivery.channel().name(),
                        "kind",
                        delivery.kind().name(),
                        "outcome",
                        outcome)
                .increment();
    }
}
