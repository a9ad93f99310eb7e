package io.spinecare.booking.slot;

import io.spinecare.booking.system.Revisions;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** MongoDB access for slots. Hot paths touch one document through one unique key. */
@Component
class SlotStore {

    private final MongoTemplate mongo;

    SlotStore(MongoTemplate mongo) {
        this.mongo = mongo;
        Revisions.ensureIndex(mongo, Slot.class);
        mongo.indexOps(Slot.class)
                .createIndex(
                        new Index(HoldLapse.FIELD, Sort.Direction.ASC).unique().sparse());
    }

    Optional<Slot> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Slot.class));
    }

    boolean applyIfUnchanged(Slot slot, Update update) {
        return Revisions.applyIfUnchanged(mongo, Slot.class, slot.id(), slot.version(), update);
    }

    boolean deleteIfUnchanged(Slot slot) {
        return Revisions.deleteIfUnchanged(mongo, Slot.class, slot.id(), slot.version());
    }

    /** Inserts the slots that do not exist yet; existing ids (a concurrent run) are skipped. */
    int insertMissing(List<Slot> slots) {
        if (slots.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, Slot.class).insert(slots);
        try {
            return bulk.execute().getInsertedCount();
        } catch (BulkOperationException duplicates) {
            return duplicates.getResult().getInsertedCount();
        }
    }

    /** Held slots whose hold lapsed by {@code now}, read through the sparse index of lapsing holds (HoldLapse). */
    List<Slot> lapsedBy(Instant now, int limit) {
        Query query = Query.query(Criteria.where(HoldLapse.FIELD).regex(HoldLapse.lapsedBy(now)))
                .limit(limit);
        return mongo.find(query, Slot.class);
    }

    /**
     * Every slot whose id names one of {@code utcDates} ({@code <specialist>-<yyyyMMdd>T<HHmm>Z}): a pattern on
     * the {@code _id} index, so only those days' documents are read, whatever the size of the collection.
     */
    List<Slot> onUtcDates(Collection<String> utcDates) {
        String days = String.join("|", utcDates);
        return mongo.find(Query.query(Criteria.where("_id").regex("-(?:" + days + ")T\\d{4}Z$")), Slot.class);
    }

    List<Slot> between(Collection<String> specialistIds, Instant from, Instant to) {
        Query query = Query.query(Criteria.where("specialistId")
                        .in(specialistIds)
                        .and("start")
                        .gte(from)
                        .lt(to))
                .with(Sort.by("start"));
        return mongo.find(query, Slot.class);
    }

    /** Slots that are free or only held: the candidates for a search, decided finally in Java. */
    List<Slot> openBetween(Collection<String> specialistIds, Instant from, Instant to, int limit) {
        Query query = Query.query(Criteria.where("specialistId")
                        .in(specialistIds)
                        .and("start")
                        .gte(from)
                        .lt(to)
                        .and("status")
                        .in(SlotStatus.FREE, SlotStatus.BUSY_TENTATIVE))
                .with(Sort.by("start"))
                .limit(limit);
        return mongo.find(query, Slot.class);
    }
}
