package io.spinecare.booking.appointment;

import io.spinecare.booking.system.Revisions;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** MongoDB access for appointments: by id, by reference, and compare-and-set on the revision. */
@Component
public class AppointmentStore {

    private final MongoTemplate mongo;

    AppointmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
        Revisions.ensureIndex(mongo, Appointment.class);
        mongo.indexOps(Appointment.class).createIndex(new Index("reference", Sort.Direction.ASC).unique());
    }

    /** Any appointment, a voided one included: the repair and booking steps need to see those. */
    public Optional<Appointment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Appointment.class));
    }

    public Optional<Appointment> findByReference(String reference) {
        return Optional.ofNullable(
                mongo.findOne(Query.query(Criteria.where("reference").is(reference)), Appointment.class));
    }

    public List<Appointment> findAll(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Appointment.class).stream()
                .filter(a -> a.status() != AppointmentStatus.ENTERED_IN_ERROR)
                .toList();
    }

    /** Throws DuplicateKeyException on an existing id or reference; the caller tells which. */
    public Appointment insert(Appointment appointment) {
        return mongo.insert(appointment);
    }

    /**
     * Puts a voided appointment in place of one that was never written, so nothing can write it
     * later. False when an appointment with that id exists (it is left as it is).
     */
    public boolean fenceOff(String id, java.time.Instant now) {
        try {
            mongo.insert(Appointment.voided(id, now));
            return true;
        } catch (org.springframework.dao.DuplicateKeyException exists) {
            return false;
        }
    }

    boolean applyIfUnchanged(Appointment appointment, Update update) {
        return Revisions.applyIfUnchanged(mongo, Appointment.class, appointment.id(), appointment.version(), update);
    }

    /** Appointments flagged for urgent review that are still to happen, oldest booking first. */
    public List<Appointment> urgentAndActive() {
        return mongo.find(
                Query.query(Criteria.where("urgentReview")
                                .is(true)
                                .and("status")
                                .in(AppointmentStatus.ACTIVE.stream()
                                        .map(Enum::name)
                                        .toList()))
                        .with(Sort.by("createdAt")),
                Appointment.class);
    }

    /** Staff search by reference or by patient name, e-mail or phone (literal text, never a query). */
    public List<Appointment> search(String text, int limit) {
        String literal = Pattern.quote(text.trim());
        Criteria anyField = new Criteria()
                .orOperator(
                        Criteria.where("reference").regex(literal, "i"),
                        Criteria.where("patient.name").regex(literal, "i"),
                        Criteria.where("patient.email").regex(literal, "i"),
                        Criteria.where("patient.phone").regex(literal, "i"));
        return mongo.find(Query.query(anyField).with(Sort.by("start")).limit(limit), Appointment.class).stream()
                .filter(a -> a.status() != AppointmentStatus.ENTERED_IN_ERROR)
                .toList();
    }

    /** Appointments whose BOOKED history line names {@code actor}, by start time (voided ones left out). */
    public List<Appointment> bookedBy(String actor, java.time.Instant from, java.time.Instant to, int limit) {
        Criteria booked = Criteria.where("history")
                .elemMatch(Criteria.where("action")
                        .is(HistoryEntry.Action.BOOKED)
                        .and("actor")
                        .is(actor));
        Criteria when = Criteria.where("start").gte(from).lt(to);
        return mongo
                .find(
                        Query.query(new Criteria().andOperator(booked, when))
                                .with(Sort.by("start"))
                                .limit(limit),
                        Appointment.class)
                .stream()
                .filter(a -> a.status() != AppointmentStatus.ENTERED_IN_ERROR)
                .toList();
    }
}
