package io.spinecare.booking.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The relay's health in numbers: {@code spinecare.outbox.pending} (documents with unpublished events, per
 * collection, counted at each scrape) and {@code spinecare.outbox.relay.lag} (from the event's recording, which
 * commits with the change, to the broker's acknowledgement).
 */
final class OutboxMeters {

    private final Timer lag;

    OutboxMeters(MeterRegistry meters, MongoTemplate mongo) {
        this.lag = Timer.builder("spinecare.outbox.relay.lag")
                .description("From an event's commit in its document to Kafka's acknowledgement")
                .publishPercentileHistogram()
                .register(meters);
        for (String collection : OutboxRelay.COLLECTIONS) {
            Gauge.builder("spinecare.outbox.pending", mongo, m -> m.getCollection(collection)
                            .countDocuments(OutboxClaims.pending()))
                    .description("Documents whose outbox still holds unpublished events")
                    .tag("collection", collection)
                    .register(meters);
        }
    }

    void published(OutboxRelay.Published event) {
        if (event.recordedAt() != null) {
            lag.record(Duration.between(event.recordedAt(), event.ackedAt()));
        }
    }
}
