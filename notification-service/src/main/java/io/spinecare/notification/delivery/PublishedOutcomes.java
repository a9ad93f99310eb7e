package io.spinecare.notification.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records that Kafka acknowledged outcome events, many deliveries per database write. Acknowledgements
 * arrive one by one on the producer's I/O thread; a single background writer takes all that have queued
 * up and flags them in one update. A write that fails loses nothing: those outcomes stay unflagged and
 * the dispatcher republishes them (their CloudEvent ids de-duplicate downstream).
 */
@Component
class PublishedOutcomes {

    static final int MAX_PER_WRITE = 500;
    private static final Logger log = LoggerFactory.getLogger(PublishedOutcomes.class);

    private final DeliveryStore store;
    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notification-outcome-acks");
        thread.setDaemon(true);
        return thread;
    });

    PublishedOutcomes(DeliveryStore store) {
        this.store = store;
    }

    void acknowledged(String deliveryId) {
        acknowledged.add(deliveryId);
        if (writing.compareAndSet(false, true)) {
            writer.execute(this::writeAll);
        }
    }

    private void writeAll() {
        while (true) {
            List<String> ids = new ArrayList<>();
            String id;
            while (ids.size() < MAX_PER_WRITE && (id = acknowledged.poll()) != null) {
                ids.add(id);
            }
            if (!ids.isEmpty()) {
                write(ids);
                continue;
            }
            writing.set(false);
            // One may have arrived between the empty poll and clearing the flag; its caller saw the flag set
            // and left it to us, so take over again unless another writer already has.
            if (acknowledged.isEmpty() || !writing.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void write(List<String> ids) {
        try {
            store.markOutcomesPublished(ids);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not flag {} published outcomes yet: {}",
                    ids.size(),
                    e.getClass().getSimpleName());
        }
    }
}
