package io.spinecare.booking.patient;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentSlots;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.Booked;
import io.spinecare.booking.appointment.BookingRules;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.appointment.ImagingCheck;
import io.spinecare.booking.appointment.NewAppointment;
import io.spinecare.booking.appointment.References;
import io.spinecare.booking.appointment.UrgentCare;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.outbox.Outbox;
import io.spinecare.booking.repair.CrashPoints;
import io.spinecare.booking.repair.RepairJournal;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.Catalogue;
import io.spinecare.content.Scan;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * $book: note the change, claim the slot, then write the appointment with its AppointmentBooked
 * event. Two documents without a transaction, so each step is idempotent for the appointment id
 * (a same-key retry is the same operation), a failure after the claim fences the id off before it
 * gives the slot back (ADR 0208), and a crash in between is repaired by the SlotReconciler.
 */
@Service
class Bookings {

    private static final int REFERENCE_ATTEMPTS = 5;

    private final AppointmentSlots appointmentSlots;
    private final RepairJournal journal;
    private final AppointmentStore store;
    private final IdempotencyKeys idempotency;
    private final BookingRules rules;
    private final ImagingCheck imaging;
    private final ManageTokens tokens;
    private final Outbox outbox;
    private final ClinicTime time;
    private final Catalogue catalogue;
    private final CrashPoints crashPoints;

    Bookings(
            AppointmentSlots appointmentSlots,
            RepairJournal journal,
            AppointmentStore store,
            IdempotencyKeys idempotency,
            BookingRules rules,
            ImagingCheck imaging,
            ManageTokens tokens,
            Outbox outbox,
            ClinicTime time,
            Catalogue catalogue,
            CrashPoints crashPoints) {
        this.appointmentSlots = appointmentSlots;
        this.journal = journal;
        this.store = store;
        this.idempotency = idempotency;
        this.rules = rules;
        this.imaging = imaging;
        this.tokens = tokens;
        this.outbox = outbox;
        this.time = time;
        this.catalogue = catalogue;
        this.crashPoints = crashPoints;
    }

    AppointmentView book(BookingRequest request, String idempotencyKey) {
        return book(request, idempotencyKey, HistoryEntry.PATIENT);
    }

    /** {@code bookedBy}: who asks, as written in the history's BOOKED line (a patient or a client system). */
    AppointmentView book(BookingRequest request, String idempotencyKey, String bookedBy) {
        Instant now = time.now();
        rules.checkReferences(request.conditionId(), request.redFlags());
        String appointmentId = idempotency.appointmentIdFor(
                idempotencyKey, request, UUID.randomUUID().toString(), now);
        if (idempotencyKey != null) {
            var earlier = store.find(appointmentId); // a retry of a booking that completed
            if (earlier.isPresent()) {
                return replay(earlier.get());
            }
        }
        Specialist specialist = appointmentSlots
                .offered(request.slotId(), request.consultationType(), request.conditionId())
                .specialist();

        // The operation is the appointment id: a same-key retry continues the same claim.
        SlotView slot = journal.firstWrite(
                journal.note(appointmentId, request.slotId()),
                () -> appointmentSlots.take(appointmentId, request.slotId(), request.holdId(), appointmentId));
        crashPoints.reached(CrashPoints.AFTER_SLOT_CLAIMED);
        Appointment booked;
        try {
            booked = insert(newAppointment(appointmentId, request, slot, specialist, now, bookedBy));
        } catch (RuntimeException e) {
            // Nothing may write this appointment any more, then the slot can go back (if still ours).
            store.fenceOff(appointmentId, time.now());
            appointmentSlots.giveBack(appointmentId, slot.id(), appointmentId);
            throw e;
        }
        if (booked.status() == AppointmentStatus.ENTERED_IN_ERROR) {
            appointmentSlots.giveBack(appointmentId, slot.id(), appointmentId); // undone while we claimed
            return replay(booked);
        }
        return confirmation(booked);
    }

    /**
     * The answer to a repeated Idempotency-Key: the appointment as it is, and its manage token only
     * while that is still the one the first answer carried; a token rotated since is never handed out.
     */
    private AppointmentView replay(Appointment earlier) {
        if (earlier.status() == AppointmentStatus.ENTERED_IN_ERROR) {
            throw BookingFailure.conflict(
                    "idempotency-key-failed",
                    "The earlier request with this Idempotency-Key did not complete",
                    "Nothing was booked. Send the booking again with a new Idempotency-Key.");
        }
        String token = earlier.tokenGeneration() == 1 ? tokens.derive(earlier.id(), 1) : null;
        return AppointmentView.of(earlier, token, UrgentCare.forAnswers(earlier.redFlags(), catalogue));
    }

    /** Inserts the new appointment with the events of the booking as inserted (a collision renames it first). */
    private Appointment insert(Booked unsaved) {
        Booked booking = unsaved;
        for (int attempt = 1; ; attempt++) {
            try {
                Appointment inserted = store.insert(booking.appointment().withOutbox(outbox.entries(booking.events())));
                outbox.committed("appointments", inserted.id());
                return inserted;
            } catch (DuplicateKeyException e) {
                if (!String.valueOf(e.getMessage()).contains("reference")) {
                    // Same id: a concurrent retry with the same Idempotency-Key won (or undid it).
                    return store.find(booking.appointment().id()).orElseThrow(() -> e);
                }
                if (attempt == REFERENCE_ATTEMPTS) {
                    throw e;
                }
                booking = booking.renamed(References.next());
            }
        }
    }

    private Booked newAppointment(
            String id, BookingRequest request, SlotView slot, Specialist specialist, Instant now, String bookedBy) {
        List<Scan> scans = request.imagingOrEmpty().stream()
                .map(s -> new Scan(s.modality(), s.region(), s.performedOn()))
                .toList();
        // BookingRules refused emergencies before the claim, so a triage here is the urgent tier (ADR 0210)
        UrgentCare triage = UrgentCare.forAnswers(request.redFlags(), catalogue);
        boolean urgent = triage != null;
        ImagingCheck.Outcome outcome = imaging.assess(
                request.conditionId(),
                request.consultationType(),
                scans,
                slot.start().toLocalDate(),
                urgent);
        var p = request.patient();
        NewAppointment booking = new NewAppointment(
                id,
                slot,
                specialist,
                request.consultationType(),
                request.conditionId(),
                imaging.catalogueVersion(),
                new Appointment.Patient(
                        p.name().trim(), p.email().trim(), p.phone().trim(), p.dateOfBirth()),
                scans,
                outcome.prerequisites(),
                request.redFlags() == null ? Map.of() : new TreeMap<>(request.redFlags()),
                triage,
                outcome.status(),
                ManageTokens.hash(tokens.derive(id, 1)));
        return Appointment.book(
                booking, now, bookedBy, urgent ? "urgent review requested: red flags " + redFlagIds(triage) : null);
    }

    private static String redFlagIds(UrgentCare triage) {
        return String.join(
                ", ",
                triage.redFlags().stream().map(io.spinecare.content.RedFlag::id).toList());
    }

    /** The answer to a booking, also for a retried one: the token is derived, never stored. */
    private AppointmentView confirmation(Appointment appointment) {
        return AppointmentView.of(
                appointment,
                tokens.derive(appointment.id(), appointment.tokenGeneration()),
                UrgentCare.forAnswers(appointment.redFlags(), catalogue));
    }
}
