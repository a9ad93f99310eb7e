package io.spinecare.notification.delivery;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.channel.DeliveryChannels;
import io.spinecare.notification.system.NotificationProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what has come due: reminders, retries after provider failures, and deliveries whose lease expired
 * because the instance holding them died. Every instance runs it; the claim ({@code findAndModify} with a
 * lease) makes sure each delivery is taken by one of them. Channels whose breaker is open are skipped.
 */
@Component
public class DueDeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DueDeliveryDispatcher.class);

    private final DeliveryStore store;
    private final DeliveryWorker worker;
    private final DeliveryChannels channels;
    private final OutcomePublisher outcomes;
    private final Clock clock;
    private final NotificationProperties.Delivery settings;
    private final String instance;

    DueDeliveryDispatcher(
            DeliveryStore store,
            DeliveryWorker worker,
            DeliveryChannels channels,
            OutcomePublisher outcomes,
            Clock clock,
            NotificationProperties properties,
            InstanceId instance) {
        this.store = store;
        this.worker = worker;
        this.channels = channels;
        this.outcomes = outcomes;
        this.clock = clock;
        this.settings = properties.delivery();
        this.instance = instance.value();
    }

    @Scheduled(
            fixedDelayString = "${spinecare.notification.delivery.poll-interval:1s}",
            initialDelayString = "${spinecare.notification.delivery.poll-interval:1s}")
    void poll() {
        try {
            dispatchDue();
            republishOutcomes();
        } catch (RuntimeException e) {
            // The next poll tries again; a database outage must not kill the scheduler thread.
            log.warn("Dispatching due deliveries failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Claims and processes due deliveries, up to the batch size; returns how many it took. */
    public int dispatchDue() {
        List<Channel> accepting =
                Arrays.stream(Channel.values()).filter(channels::accepting).toList();
        int taken = 0;
        while (taken < settings.batchSize()) {
            Instant now = clock.instant();
            Optional<Delivery> due = store.claimNextDue(now, accepting, instance, settings.lease());
            if (due.isEmpty()) {
                break;
            }
            taken++;
            worker.process(due.get());
        }
        return taken;
    }

    private void republishOutcomes() {
        Instant before = clock.instant().minus(settings.outcomeRepublishAfter());
        for (Delivery d : store.unpublishedOutcomes(before, settings.batchSize())) {
            outcomes.publish(d, d.status(), d.finishedAt(), d.lastError());
        }
    }
}
