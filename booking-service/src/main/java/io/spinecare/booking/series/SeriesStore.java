package io.spinecare.booking.series;

import io.spinecare.booking.outbox.BookingEvent;
import io.spinecare.booking.outbox.Outbox;
import io.spinecare.booking.system.Revisions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** MongoDB access for series: insert with its first event, and compare-and-set on the revision. */
@Component
public class SeriesStore {

    private static final int MAX_ATTEMPTS = 16;

    private final MongoTemplate mongo;
    private final Outbox outbox;

    SeriesStore(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        Revisions.ensureIndex(mongo, FollowUpSeries.class);
    }

    public Optional<FollowUpSeries> find(String id) {
        return Optional.ofNullable(mongo.findById(id, FollowUpSeries.class));
    }

    /** Throws DuplicateKeyException when the appointment already has a series. */
    FollowUpSeries insert(FollowUpSeries series) {
        FollowUpSeries inserted = mongo.insert(series);
        outbox.committed("followup-series", inserted.id());
        return inserted;
    }

    /** Series whose confirmation began before {@code before} and never finished. */
    List<FollowUpSeries> confirmingSince(Instant before) {
        return mongo.find(Query.query(Criteria.where("confirming.since").lte(before)), FollowUpSeries.class);
    }

    /**
     * Read, decide, compare-and-set, as for appointments: {@code decide} returns the next state and
     * its event (null event: bookkeeping), null when nothing is to change, or throws the refusal.
     */
    FollowUpSeries apply(String id, Function<FollowUpSeries, Change> decide) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            FollowUpSeries current = find(id).orElseThrow(() -> SeriesFailures.notFound());
            Change change = decide.apply(current);
            if (change == null) {
                return current;
            }
            FollowUpSeries next = change.next();
            Update update = new Update()
                    .set("status", next.status())
                    .set("confirming", next.confirming())
                    .set("visits", next.visits());
            if (change.event() != null) {
                outbox.record(update, change.event());
            }
            if (Revisions.applyIfUnchanged(mongo, FollowUpSeries.class, id, current.version(), update)) {
                if (change.event() != null) {
                    outbox.committed("followup-series", id);
                }
                return find(id).orElseThrow();
            }
        }
        throw SeriesFailures.changing();
    }

    record Change(FollowUpSeries next, BookingEvent event) {}
}
