package io.spinecare.booking.privacy;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.outbox.BookingEvent.PatientErased;
import io.spinecare.booking.outbox.Outbox;
import io.spinecare.booking.outbox.PatientErasedEvent;
import io.spinecare.booking.system.Revisions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Erases the patient of one appointment: name, e-mail, phone and date of birth go, the clinical facts
 * (condition, red-flag answers, scans, status, times, history) stay. The change is a compare-and-set like
 * every appointment change, with a {@code PATIENT_ERASED} history line and an {@code erased} event in the
 * same write, so consumers hear of it exactly when it happened (ADR 0212).
 */
@Component
class AppointmentErasure {

    /** What stands where the name was: the desk still sees that there was a patient. */
    static final String ERASED_NAME = "(erased)";

    private final MongoTemplate mongo;
    private final AppointmentStore store;
    private final Outbox outbox;
    private final Clock clock;

    AppointmentErasure(MongoTemplate mongo, AppointmentStore store, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    static boolean isErased(Appointment appointment) {
        return appointment.history().stream().anyMatch(line -> line.action() == HistoryEntry.Action.PATIENT_ERASED);
    }

    /** True when this call erased it; false when it was erased already (or is gone). */
    boolean erase(String appointmentId, String erasureId, String actor) {
        while (true) {
            Optional<Appointment> current = store.find(appointmentId);
            if (current.isEmpty() || isErased(current.get())) {
                return false;
            }
            Appointment appointment = current.get();
            if (Revisions.applyIfUnchanged(
                    mongo,
                    Appointment.class,
                    appointmentId,
                    appointment.version(),
                    update(appointment, erasureId, actor))) {
                outbox.committed("appointments", appointmentId);
                return true;
            }
            // another change got there first: read again and erase what it wrote
        }
    }

    private Update update(Appointment appointment, String erasureId, String actor) {
        Instant now = clock.instant();
        Update update = new Update()
                .set("patient", new Document("name", ERASED_NAME))
                .unset("tokenHash")
                .push(
                        "history",
                        new HistoryEntry(
                                now,
                                actor,
                                HistoryEntry.Action.PATIENT_ERASED,
                                appointment.status(),
                                appointment.status(),
                                null));
        PatientErasedEvent body = new PatientErasedEvent(
                PatientErasedEvent.SCHEMA_VERSION, erasureId, appointment.id(), now.atOffset(ZoneOffset.UTC));
        return outbox.record(update, new PatientErased(body));
    }
}
