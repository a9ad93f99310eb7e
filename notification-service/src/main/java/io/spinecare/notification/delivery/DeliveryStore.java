package io.spinecare.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.message.MessageKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The deliveries collection. Every transition is one single-document operation: insert (the claim of a
 * new message), {@code findAndModify} (the claim of due work, atomic across instances) and updates by
 * {@code _id}. No transactions, no TTL: lease expiry is a condition in the claiming query.
 */
@Component
class DeliveryStore {

    private static final List<DeliveryStatus> OPEN =
            List.of(DeliveryStatus.SCHEDULED, DeliveryStatus.SENDING, DeliveryStatus.RETRY_PENDING);

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    DeliveryStore(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(Delivery.COLLECTION);
        indexes.createIndex(new Index().on("appointmentId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("availableAt", Sort.Direction.ASC));
    }

    /** Inserts the delivery; false when one with the same id exists (a duplicate event or a rival). */
    boolean insert(Delivery delivery) {
        try {
            mongo.insert(delivery, Delivery.COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Inserts many deliveries in one unordered write; returns how many were new. Duplicates (code 11000: a
     * redelivered event or a rival) are skipped, any other error is thrown.
     */
    int insertAll(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        try {
            return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class, Delivery.COLLECTION)
                    .insert(deliveries)
                    .execute()
                    .getInsertedCount();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return deliveries.size() - e.getErrors().size();
        }
    }

    /** Atomically takes the oldest claimable delivery for one of {@code channels}, leasing it to {@code owner}. */
    Optional<Delivery> claimNextDue(Instant now, Collection<Channel> channels, String owner, Duration lease) {
        if (channels.isEmpty()) {
            return Optional.empty();
        }
        Query due = Query.query(where("status")
                        .in(OPEN)
                        .and("availableAt")
                        .lte(now)
                        .and("channel")
                        .in(channels))
                .with(Sort.by("availableAt"));
        Update claim = new Update()
                .set("status", DeliveryStatus.SENDING)
                .set("owner", owner)
                .set("availableAt", now.plus(lease));
        return Optional.ofNullable(mongo.findAndModify(
                due, claim, FindAndModifyOptions.options().returnNew(true), Delivery.class, Delivery.COLLECTION));
    }

    void markSent(String id, Instant at) {
        finish(id, DeliveryStatus.SENT, at, null, true);
    }

    void markFailed(String id, Instant at, String reason) {
        finish(id, DeliveryStatus.FAILED, at, reason, true);
    }

    void markUnsent(String id, DeliveryStatus status, Instant at, String reason) {
        finish(id, status, at, reason, false);
    }

    void markRetry(String id, Instant nextAttempt, String reason, boolean attempted) {
        Update update = new Update()
                .set("status", DeliveryStatus.RETRY_PENDING)
                .set("availableAt", nextAttempt)
                .set("lastError", reason)
                .unset("owner");
        if (attempted) {
            update.inc("attempts", 1);
        }
        mongo.updateFirst(byId(id), update, Delivery.COLLECTION);
    }

    /** One write for many deliveries: the outcome events Kafka acknowledged. */
    void markOutcomesPublished(Collection<String> ids) {
        mongo.updateMulti(
                Query.query(where("_id").in(ids)), new Update().set("outcomePublished", true), Delivery.COLLECTION);
    }

    /** Withdraws the appointment's reminders still waiting, except those planned by {@code keepEventId}. */
    long withdrawReminders(String appointmentId, String keepEventId, Instant at, String reason) {
        Query waiting = Query.query(where("appointmentId")
                .is(appointmentId)
                .and("kind")
                .in(MessageKind.REMINDER, MessageKind.SCAN_REMINDER)
                .and("status")
                .is(DeliveryStatus.SCHEDULED)
                .and("sourceEventId")
                .ne(keepEventId));
        Update withdraw = new Update()
                .set("status", DeliveryStatus.WITHDRAWN)
                .set("finishedAt", at)
                .set("lastError", reason)
                .set("outcomePublished", true);
        return mongo.updateMulti(waiting, withdraw, Delivery.COLLECTION).getModifiedCount();
    }

    List<Delivery> forAppointment(String appointmentId) {
        return mongo.find(
                Query.query(where("appointmentId").is(appointmentId)).with(Sort.by("createdAt", "id")),
                Delivery.class,
                Delivery.COLLECTION);
    }

    /** Finished deliveries whose outcome event never reached Kafka (the publisher's outbox). */
    List<Delivery> unpublishedOutcomes(Instant finishedBefore, int limit) {
        Query query = Query.query(where("outcomePublished")
                        .is(false)
                        .and("status")
                        .in(DeliveryStatus.SENT, DeliveryStatus.FAILED)
                        .and("finishedAt")
                        .lt(finishedBefore))
                .limit(limit);
        return mongo.find(query, Delivery.class, Delivery.COLLECTION);
    }

    Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class, Delivery.COLLECTION));
    }

    private void finish(String id, DeliveryStatus status, Instant at, String reason, boolean attempted) {
        Update update = new Update()
                .set("status", status)
                .set("finishedAt", at)
                .set("lastError", reason)
                .set("outcomePublished", !attempted)
                .unset("owner");
        if (attempted) {
            update.inc("attempts", 1);
        }
        mongo.updateFirst(byId(id), update, Delivery.COLLECTION);
    }

    private static Query byId(String id) {
        return Query.query(where("_id").is(id));
    }
}
