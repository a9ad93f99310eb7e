package io.spinecare.notification.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What this service has learnt about each appointment, one document per appointment id. Each event is
 * added once ({@code $addToSet} of a value fixed by the event), so redelivery changes nothing, and the
 * calendar SEQUENCE of an event is its stable position in the list. Only {@code _id} is ever queried.
 */
@Component
public class AppointmentTimelines {

    static final String COLLECTION = "appointment_timelines";

    private final MongoTemplate mongo;

    AppointmentTimelines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Timeline record(String appointmentId, Revision revision) {
        TimelineDocument doc = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(appointmentId)),
                new Update().addToSet("revisions", revision),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                TimelineDocument.class,
                COLLECTION);
        return new Timeline(doc.id(), doc.revisions());
    }

    public Optional<Timeline> find(String appointmentId) {
        return Optional.ofNullable(mongo.findById(appointmentId, TimelineDocument.class, COLLECTION))
                .map(doc -> new Timeline(doc.id(), doc.revisions()));
    }

    @Document(COLLECTION)
    record TimelineDocument(@Id String id, List<Revision> revisions) {}

    /** What an event did to the appointment, as far as messages care. */
    public enum Change {
        BOOKED,
        RESCHEDULED,
        CANCELLED,
        OTHER
    }

    /** One event: its id, what it changed, its time, and the start time it announced. */
    public record Revision(String eventId, Change change, Instant at, Instant start) {}

    /** A read-only view of one appointment's history. */
    public record Timeline(String appointmentId, List<Revision> revisions) {

        public Timeline {
            revisions = revisions == null ? List.of() : List.copyOf(revisions);
        }

        /** RFC 5545 SEQUENCE for the invitation sent because of this event: grows with every later event. */
        public int sequenceOf(String eventId) {
            for (int i = 0; i < revisions.size(); i++) {
                if (revisions.get(i).eventId().equals(eventId)) {
                    return i;
                }
            }
            return revisions.size();
        }

        public boolean cancelled() {
            return revisions.stream().anyMatch(r -> r.change() == Change.CANCELLED);
        }

        /** Start time as of the latest booking or reschedule (by event time), which messages must match. */
        public Optional<Instant> currentStart() {
            Revision latest = null;
            for (Revision r : revisions) {
                boolean moves = r.change() == Change.BOOKED || r.change() == Change.RESCHEDULED;
                if (moves && (latest == null || !r.at().isBefore(latest.at()))) {
                    latest = r;
                }
            }
            return Optional.ofNullable(latest).map(Revision::start);
        }
    }
}
