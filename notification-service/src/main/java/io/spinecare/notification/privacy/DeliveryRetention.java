package io.spinecare.notification.privacy;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scrubs finished deliveries older than {@code spinecare.notification.retention.delivery-bodies}, one bounded
 * batch per run: the address, the patient's name and provider text go, the bare delivery stays for
 * de-duplication. Metrics: {@code spinecare.retention.deliveries.scrubbed} and {@code spinecare.retention.runs}.
 */
@Component
class DeliveryRetention {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRetention.class);
    private static final List<String> FINISHED = List.of("SENT", "FAILED", "WITHDRAWN", "DROPPED");

    private final MongoTemplate mongo;
    private final RetentionProperties settings;
    private final Clock clock;
    private final Counter scrubbed;
    private final Counter runs;

    DeliveryRetention(MongoTemplate mongo, RetentionProperties settings, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
        this.scrubbed = Counter.builder("spinecare.retention.deliveries.scrubbed")
                .description("Finished deliveries whose address and patient name the retention job removed")
                .register(meters);
        this.runs = Counter.builder("spinecare.retention.runs")
                .description("Runs of the retention job")
                .register(meters);
    }

    @Scheduled(
            initialDelayString = "${spinecare.notification.retention.every:1h}",
            fixedDelayString = "${spinecare.notification.retention.every:1h}")
    void scheduledRun() {
        if (settings.enabled()) {
            runOnce();
        }
    }

    /** One batch: how many deliveries it scrubbed (fewer than the batch size means none are left). */
    int runOnce() {
        Instant cutoff = clock.instant().minus(settings.deliveryBodies());
        Query due = Query.query(where("status")
                        .in(FINISHED)
                        .and("finishedAt")
                        .lte(cutoff)
                        .and("recipient")
                        .exists(true))
                .limit(settings.batchSize());
        due.fields().include("_id");
        List<Object> ids = mongo.find(due, Document.class, PatientDataErasure.DELIVERIES).stream()
                .map(d -> d.get("_id"))
                .toList();
        long count = ids.isEmpty()
                ? 0
                : mongo.updateMulti(
                                Query.query(where("_id").in(ids)),
                                PatientDataErasure.scrub(),
                                PatientDataErasure.DELIVERIES)
                        .getModifiedCount();
        runs.increment();
        scrubbed.increment(count);
        if (count > 0) {
            log.info("Retention scrubbed {} deliveries that finished before {}", count, cutoff);
        }
        return (int) count;
    }
}
