package io.spinecare.booking.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The store of waitlist entries as the offers see them: who is waiting, oldest first, and how entries leave. */
@Component
class WaitlistEntries {

    /** How many waiting entries one sweep considers; the rest wait for the next sweep. */
    static final int SWEEP_LIMIT = 500;

    private final MongoTemplate mongo;

    WaitlistEntries(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(WaitlistEntry.class).createIndex(new Index("state", Sort.Direction.ASC));
    }

    Optional<WaitlistEntry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WaitlistEntry.class));
    }

    List<WaitlistEntry> waitingOldestFirst() {
        return mongo.find(
                Query.query(Criteria.where("state").is(EntryState.WAITING))
                        .with(Sort.by("createdAt"))
                        .limit(SWEEP_LIMIT),
                WaitlistEntry.class);
    }

    /** Takes a waiting entry off the list; false when it had left already. */
    boolean leave(String id, EntryState why, Instant now) {
        return mongo.updateFirst(
                                Query.query(Criteria.where("_id")
                                        .is(id)
                                        .and("state")
                                        .is(EntryState.WAITING)),
                                new Update().set("state", why).set("closedAt", now),
                                WaitlistEntry.class)
                        .getModifiedCount()
                > 0;
    }

    /** Entries whose window ended before {@code today} leave the list. */
    long expireBefore(LocalDate today, Instant now) {
        return mongo.updateMulti(
                        Query.query(Criteria.where("state")
                                .is(EntryState.WAITING)
                                .and("latest")
                                .lt(today)),
                        new Update().set("state", EntryState.EXPIRED).set("closedAt", now),
                        WaitlistEntry.class)
                .getModifiedCount();
    }
}
