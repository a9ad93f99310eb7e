package io.spinecare.booking.waitlist;

import io.spinecare.booking.outbox.BookingEvent;
import io.spinecare.booking.outbox.Outbox;
import io.spinecare.booking.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The store of waitlist offers. Every change of state is one conditional write that also records its event. */
@Component
class WaitlistOffers {

    static final String COLLECTION = "waitlist-offers";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    WaitlistOffers(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        var indexes = mongo.indexOps(WaitlistOffer.class);
        indexes.createIndex(new Index("openKey", Sort.Direction.ASC).unique().sparse());
        indexes.createIndex(new Index("pairKey", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index("entryId", Sort.Direction.ASC));
        indexes.createIndex(new Index("state", Sort.Direction.ASC));
    }

    /** Inserts a new open offer with its event; a duplicate key (patient already has one open) throws. */
    WaitlistOffer insert(WaitlistOffer offer, BookingEvent offered) {
        List<OutboxEntry> entries = outbox.entries(offered);
        WaitlistOffer inserted = mongo.insert(withOutbox(offer, entries));
        outbox.committed(COLLECTION, inserted.id());
        return inserted;
    }

    Optional<WaitlistOffer> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WaitlistOffer.class));
    }

    boolean patientHasOpenOffer(String patientKey) {
        return mongo.exists(Query.query(Criteria.where("openKey").is(patientKey)), WaitlistOffer.class);
    }

    List<WaitlistOffer> forEntry(String entryId) {
        return mongo.find(
                Query.query(Criteria.where("entryId").is(entryId)).with(Sort.by("offeredAt")), WaitlistOffer.class);
    }

    List<WaitlistOffer> ofEntries(List<String> entryIds) {
        return mongo.find(Query.query(Criteria.where("entryId").in(entryIds)), WaitlistOffer.class);
    }

    long removeOfEntries(List<String> entryIds) {
        return mongo.remove(Query.query(Criteria.where("entryId").in(entryIds)), WaitlistOffer.class)
                .getDeletedCount();
    }

    Set<String> slotsOfferedTo(String entryId) {
        return forEntry(entryId).stream().map(WaitlistOffer::slotId).collect(Collectors.toSet());
    }

    List<WaitlistOffer> open() {
        return mongo.find(Query.query(Criteria.where("state").is(OfferState.OPEN)), WaitlistOffer.class);
    }

    /**
     * Moves the offer from one of {@code from} to {@code to} with its event; empty when it was in no such state
     * (another request or instance got there first), so each ending happens once.
     */
    Optional<WaitlistOffer> close(
            String id, Set<OfferState> from, OfferState to, Instant now, String appointmentId, BookingEvent event) {
        Update update = new Update().set("state", to).set("closedAt", now).unset("openKey");
        if (appointmentId != null) {
            update.set("appointmentId", appointmentId);
        }
        outbox.record(update, event);
        WaitlistOffer before = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("state").in(from)),
                update,
                FindAndModifyOptions.options().returnNew(false),
                WaitlistOffer.class);
        if (before == null) {
            return Optional.empty();
        }
        outbox.committed(COLLECTION, id);
        return Optional.of(before);
    }

    private static WaitlistOffer withOutbox(WaitlistOffer o, List<OutboxEntry> entries) {
        return new WaitlistOffer(
                o.id(),
                o.entryId(),
                o.slotId(),
                o.holdId(),
                o.specialistId(),
                o.start(),
                o.end(),
                o.zone(),
                o.location(),
                o.mode(),
                o.consultationType(),
                o.conditionId(),
                o.offeredAt(),
                o.expiresAt(),
                o.state(),
                o.closedAt(),
                o.appointmentId(),
                o.openKey(),
                o.pairKey(),
                entries);
    }
}
