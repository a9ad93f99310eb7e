package io.spinecare.booking.privacy;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.series.SeriesErasure;
import io.spinecare.booking.waitlist.WaitlistPersonalData;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A staff request to erase one patient, found by an appointment reference or an e-mail address: every
 * appointment of that e-mail (voided ones included), the follow-up series planned for or booked as those appointments, the
 * waitlist entries with the same e-mail or phone and their offers, and the idempotency and repair notes of
 * those appointments. Idempotent: a second request erases nothing more and says so.
 * Each erasure is recorded in {@code erasures} (who, when, which appointment ids, how much; no personal
 * data), the record the audit trail reads.
 */
@Component
public class PatientErasures {

    private static final Logger log = LoggerFactory.getLogger(PatientErasures.class);

    /** What an erasure did; {@code appointmentsErased} counts those erased by this request. */
    public record Erasure(
            String erasureId,
            Instant at,
            String actor,
            List<String> appointmentIds,
            int appointmentsErased,
            long waitlistEntriesRemoved,
            long waitlistOffersRemoved,
            long idempotencyKeysRemoved,
            long repairNotesRemoved) {}

    private final MongoTemplate mongo;
    private final AppointmentStore store;
    private final AppointmentErasure appointments;
    private final WaitlistPersonalData waitlist;
    private final SeriesErasure series;
    private final Clock clock;

    PatientErasures(
            MongoTemplate mongo,
            AppointmentStore store,
            AppointmentErasure appointments,
            WaitlistPersonalData waitlist,
            SeriesErasure series,
            Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.appointments = appointments;
        this.waitlist = waitlist;
        this.series = series;
        this.clock = clock;
    }

    Erasure eraseByReference(String reference, String staff) {
        Appointment found = store.findByReference(reference)
                .filter(a -> a.status() != AppointmentStatus.ENTERED_IN_ERROR)
                .orElseThrow(() -> BookingFailure.notFound(
                        "appointment-not-found",
                        "No such appointment",
                        "There is no appointment '" + reference + "'."));
        List<Appointment> all = new ArrayList<>(List.of(found));
        if (found.patient() != null && found.patient().email() != null) {
            all.addAll(withEmail(found.patient().email()));
        }
        return erase(all, null, HistoryEntry.staff(staff), true);
    }

    Erasure eraseByEmail(String email, String staff) {
        return erase(withEmail(email), email, HistoryEntry.staff(staff), true);
    }

    /**
     * The retention job's way in: one appointment whose personal data outlived its period. The patient's
     * other appointments and waitlist entries have periods of their own, so they stay.
     */
    Erasure eraseForRetention(Appointment appointment) {
        return erase(List.of(appointment), null, HistoryEntry.RETENTION, false);
    }

    private Erasure erase(List<Appointment> found, String email, String actor, boolean wholePatient) {
        String erasureId = UUID.randomUUID().toString();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        if (email != null) {
            emails.add(email);
        }
        for (Appointment a : found) {
            ids.add(a.id());
            if (a.patient() != null) {
                emails.add(a.patient().email());
                phones.add(a.patient().phone());
            }
        }
        emails.remove(null);
        phones.remove(null);
        int erased = (int) ids.stream()
                .filter(id -> appointments.erase(id, erasureId, actor))
                .count();
        // their follow-up series after them, so a cancelled proposal's event finds nobody to write to
        for (String written : series.eraseOf(List.copyOf(ids))) {
            ids.add(written);
            erased += appointments.erase(written, erasureId, actor) ? 1 : 0;
        }
        WaitlistPersonalData.Removed fromWaitlist =
                wholePatient ? waitlist.erase(emails, phones) : new WaitlistPersonalData.Removed(0, 0);
        Erasure erasure = new Erasure(
                erasureId,
                clock.instant(),
                actor,
                List.copyOf(ids),
                erased,
                fromWaitlist.entries(),
                fromWaitlist.offers(),
                remove("idempotency-keys", ids),
                remove("repair-journal", ids));
        mongo.insert(erasure, "erasures");
        log.info(
                "Erasure {} by {}: {} appointments erased of {}, {} waitlist entries, {} offers, {} idempotency keys",
                erasureId,
                actor,
                erased,
                ids.size(),
                erasure.waitlistEntriesRemoved(),
                erasure.waitlistOffersRemoved(),
                erasure.idempotencyKeysRemoved());
        return erasure;
    }

    /**
     * Every appointment of that e-mail, voided ones too: a visit taken back with its series' confirmation
     * still carries the patient. A booking's void (ADR 0208) carries none, so its idempotency key stays.
     */
    private List<Appointment> withEmail(String email) {
        Query query = Query.query(Criteria.where("patient.email").regex(exactly(email)));
        return mongo.find(query, Appointment.class);
    }

    private long remove(String collection, Set<String> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return 0;
        }
        return mongo.remove(Query.query(Criteria.where("appointmentId").in(appointmentIds)), collection)
                .getDeletedCount();
    }

    /** E-mail addresses compare without case, as literal text (never a pattern the caller wrote). */
    private static Pattern exactly(String text) {
        return Pattern.compile("^" + Pattern.quote(text) + "$", Pattern.CASE_INSENSITIVE);
    }
}
