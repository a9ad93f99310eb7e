package io.spinecare.booking.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves recorded events from the documents' outboxes to Kafka (invariant 2): claim documents with
 * a lease, publish their entries in recording order, wait for the broker's acknowledgement
 * ({@code acks=all}), then pull exactly the acknowledged entries. At-least-once: a crash after the
 * ack and before the pull republishes the same entry, with the same {@code ce_id}.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final List<String> COLLECTIONS = List.of("appointments", "slots", "followup-series", "waitlist-offers");

    /** One event the broker acknowledged: when it was recorded and when it was acknowledged. */
    public record Published(String id, Instant recordedAt, Instant ackedAt) {}

    private final OutboxClaims claims;
    private final CloudEventRecords records;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventProperties.Relay settings;
    private final OutboxMeters meters;
    private final EventTracing tracing;
    // Leases are wall-clock time shared by all instances, not the clinic's (testable) business clock.
    private final Clock leaseClock = Clock.systemUTC();

    public OutboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            JsonMapper json,
            EventProperties settings,
            MeterRegistry meters,
            EventTracing tracing) {
        this.claims = new OutboxClaims(mongo, "relay-" + UUID.randomUUID());
        this.records = new CloudEventRecords(json, settings.topics());
        this.kafka = kafka;
        this.settings = settings.relay();
        this.meters = new OutboxMeters(meters, mongo);
        this.tracing = tracing;
    }

    /** One sweep over every collection with an outbox (the safety net); returns what was published. */
    public List<Published> relayOnce() {
        List<Published> published = new ArrayList<>();
        for (String collection : COLLECTIONS) {
            List<OutboxClaims.Claim> claimed = new ArrayList<>();
            for (Object id : claims.pendingIds(collection, settings.batchSize())) {
                claim(collection, id, claimed);
            }
            published.addAll(publish(claimed));
        }
        return published;
    }

    /** Publishes the outboxes of documents just committed (the fast path: every read by id). */
    public synchronized List<Published> relay(Collection<Outbox.Committed> committed) {
        if (paused) {
            return List.of();
        }
        List<OutboxClaims.Claim> claimed = new ArrayList<>();
        for (Outbox.Committed document : committed) {
            claim(document.collection(), document.id(), claimed);
        }
        return publish(claimed);
    }

    private void claim(String collection, Object id, List<OutboxClaims.Claim> claimed) {
        Instant now = leaseClock.instant();
        OutboxClaims.Claim claim = claims.claim(collection, id, now, now.plus(settings.lease()));
        if (claim != null) {
            claimed.add(claim);
        }
    }

    private volatile boolean paused;

    /** Holds the relay (after the round in progress), e.g. while an operator or a test inspects outboxes. */
    public synchronized void pause(boolean pause) {
        this.paused = pause;
    }

    /** Rounds until nothing is pending (or the broker fails); returns how many events went out. */
    public synchronized int drain() {
        if (paused) {
            return 0;
        }
        int total = 0;
        for (List<Published> round = relayOnce(); !round.isEmpty(); round = relayOnce()) {
            total += round.size();
        }
        return total;
    }

    private List<Published> publish(List<OutboxClaims.Claim> claimed) {
        // Send everything first (the producer pipelines it, per-key order kept by idempotence)...
        List<List<CompletableFuture<SendResult<String, byte[]>>>> sends = new ArrayList<>();
        boolean brokerFailing = false;
        for (OutboxClaims.Claim claim : claimed) {
            List<CompletableFuture<SendResult<String, byte[]>>> documentSends = new ArrayList<>();
            if (!brokerFailing) {
                for (Document entry : claim.entries()) {
                    documentSends.add(send(entry));
                }
                // A broker that is down fails the first send after max.block.ms: stop the round there.
                brokerFailing = documentSends.stream().anyMatch(CompletableFuture::isCompletedExceptionally);
            }
            sends.add(documentSends);
        }
        // ...then wait for the acks and pull, per document, the entries acknowledged in order.
        List<Published> published = new ArrayList<>();
        for (int i = 0; i < claimed.size(); i++) {
            OutboxClaims.Claim claim = claimed.get(i);
            List<String> acked = new ArrayList<>();
            for (int e = 0; e < sends.get(i).size(); e++) {
                if (!acknowledged(sends.get(i).get(e))) {
                    break; // later entries wait too, so the document's events stay in order
                }
                Document entry = claim.entries().get(e);
                acked.add(entry.getString("id"));
                Published event = new Published(entry.getString("id"), recordedAt(entry), leaseClock.instant());
                meters.published(event);
                published.add(event);
            }
            claims.complete(claim, acked);
        }
        return published;
    }

    /** A send that fails at once (no broker metadata within max.block.ms) is just a failed send. */
    private CompletableFuture<SendResult<String, byte[]>> send(Document entry) {
        try {
            return tracing.within(
                    entry.getString(EventTracing.TRACEPARENT),
                    entry.getString("type"),
                    () -> kafka.send(records.recordOf(entry)));
        } catch (RuntimeException failed) {
            return CompletableFuture.failedFuture(failed);
        }
    }

    private boolean acknowledged(CompletableFuture<SendResult<String, byte[]>> send) {
        try {
            send.get(settingsTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException failed) {
            log.warn("Event not acknowledged by Kafka, will retry: {}", failed.toString());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Never wait past the lease: after it another instance may publish the same entries. */
    private Duration settingsTimeout() {
        return settings.lease().dividedBy(2);
    }

    private static Instant recordedAt(Document entry) {
        return entry.get("time") instanceof java.util.Date date ? date.toInstant() : null;
    }
}
