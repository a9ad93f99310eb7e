package io.spinecare.booking.series;

import io.spinecare.booking.outbox.BookingEvent;
import io.spinecare.booking.outbox.Outbox;
import io.spinecare.booking.system.Revisions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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

    /** The series recorded at, or booked as, any of these appointments. */
    List<FollowUpSeries> ofAppointments(Collection<String> appointmentIds) {
        return mongo.find(
                Query.query(new Criteria()
                        .orOperator(
                                Criteria.where("appointmentId").in(appointmentIds),
                                Criteria.where("visits.appointmentId").in(appointmentIds))),
                FollowUpSeries.class);
    }

    /** At most {@code limit} series still holding a patient whose every visit window closed before {@code day}. */
    List<FollowUpSeries> withPatientAndAllWindowsClosedBefore(LocalDate day, int limit) {
        return mongo.find(
                Query.query(new Criteria()
                                .andOperator(
                                        Criteria.where("patient").ne(null),
                                        // no visit whose window is still open then: $nor, as $not would ask per visit
                                        new Criteria()
                                                .norOperator(Criteria.where("visits.latest")
                                                        .gte(day))))
                        .limit(limit),
                FollowUpSeries.class);
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
            if (next.patient() == null && current.patient() != null) {
                update.unset("patient"); // erased (ADR 0212)
            }
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
