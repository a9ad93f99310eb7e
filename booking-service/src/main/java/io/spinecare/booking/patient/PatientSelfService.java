package io.spinecare.booking.patient;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentSlots;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.AppointmentTransitions;
import io.spinecare.booking.appointment.CancellationReason;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.appointment.ImagingCheck;
import io.spinecare.booking.appointment.References;
import io.spinecare.booking.appointment.UrgentCare;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.repair.CrashPoints;
import io.spinecare.booking.repair.RepairJournal;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.booking.system.RandomTokens;
import io.spinecare.content.Catalogue;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * What a patient can do with reference + manage token: view, cancel, reschedule. A wrong or
 * missing token gets exactly the answer an unknown reference gets, so references cannot be probed.
 */
@Service
class PatientSelfService {

    private final AppointmentStore store;
    private final AppointmentTransitions transitions;
    private final AppointmentSlots appointmentSlots;
    private final RepairJournal journal;
    private final ImagingCheck imaging;
    private final ManageTokens tokens;
    private final ClinicTime time;
    private final BookingProperties settings;
    private final Catalogue catalogue;
    private final CrashPoints crashPoints;

    PatientSelfService(
            AppointmentStore store,
            AppointmentTransitions transitions,
            AppointmentSlots appointmentSlots,
            RepairJournal journal,
            ImagingCheck imaging,
            ManageTokens tokens,
            ClinicTime time,
            BookingProperties settings,
            Catalogue catalogue,
            CrashPoints crashPoints) {
        this.store = store;
        this.transitions = transitions;
        this.appointmentSlots = appointmentSlots;
        this.journal = journal;
        this.imaging = imaging;
        this.tokens = tokens;
        this.time = time;
        this.settings = settings;
        this.catalogue = catalogue;
        this.crashPoints = crashPoints;
    }

    AppointmentView view(String reference, String token) {
        Appointment appointment = authenticate(reference, token);
        return AppointmentView.of(appointment, null, UrgentCare.forAnswers(appointment.redFlags(), catalogue));
    }

    AppointmentView cancel(String reference, String token, CancellationReason reason) {
        Appointment found = authenticate(reference, token);
        Appointment cancelled = journal.firstWrite(
                journal.note(found.id(), found.slotId()),
                () -> transitions.apply(found, current -> {
                    requireSameToken(current, token);
                    requireChangeable(current);
                    return current.cancel(time.now(), HistoryEntry.PATIENT, "PATIENT", reason.name());
                }));
        crashPoints.reached(CrashPoints.AFTER_CANCEL_RECORDED);
        appointmentSlots.giveBack(cancelled.id(), cancelled.slotId(), null);
        return AppointmentView.of(cancelled, null, null);
    }

    /**
     * Marks the move under way, claims the new slot, moves the appointment (rotating the token), then
     * frees the old slot: at no moment is the patient without a slot. Only the operation that marked
     * the move may complete it, so a duplicate submission fails without touching either slot, and a
     * failure gives back only the slot this operation claimed (ADR 0208).
     */
    AppointmentView reschedule(String reference, String token, RescheduleRequest request) {
        Appointment found = authenticate(reference, token);
        requireChangeable(found);
        if (request.slotId().equals(found.slotId())) {
            throw BookingFailure.refused(
                    "same-slot", "That is the appointment's current slot", "Choose a different slot.");
        }
        Specialist specialist = appointmentSlots
                .offered(request.slotId(), found.consultationType(), found.conditionId())
                .specialist();

        String op = RandomTokens.next();
        appointmentSlots.requireTakeable(found.id(), request.slotId(), request.holdId(), op); // before any write
        RepairJournal.Note note = journal.note(found.id(), found.slotId(), request.slotId());
        Appointment marked = journal.firstWrite(
                note,
                () -> transitions.apply(found, current -> {
                    requireSameToken(current, token);
                    requireChangeable(current);
                    if (current.pending() != null) {
                        throw changing();
                    }
                    return AppointmentTransitions.Change.bookkeeping(
                            current.withPending(new Appointment.PendingMove(request.slotId(), op, time.now())));
                }));
        Appointment moved;
        try {
            SlotView slot = appointmentSlots.take(found.id(), request.slotId(), request.holdId(), op);
            crashPoints.reached(CrashPoints.AFTER_RESCHEDULE_SLOT_CLAIMED);
            moved = transitions.apply(marked, current -> {
                if (current.pending() == null || !op.equals(current.pending().op())) {
                    throw changing(); // a repair took the move back
                }
                requireChangeable(current);
                return moveTo(current, slot, specialist);
            });
        } catch (RuntimeException e) {
            abandon(found.id(), op);
            appointmentSlots.giveBack(found.id(), request.slotId(), op);
            throw e;
        }
        crashPoints.reached(CrashPoints.AFTER_RESCHEDULE_RECORDED);
        appointmentSlots.giveBack(moved.id(), found.slotId(), null);
        return AppointmentView.of(
                moved,
                tokens.derive(moved.id(), moved.tokenGeneration()),
                UrgentCare.forAnswers(moved.redFlags(), catalogue));
    }

    /** Clears this operation's mark, if it is still there. */
    private void abandon(String appointmentId, String op) {
        store.find(appointmentId).ifPresent(current -> transitions.clearPending(current, op));
    }

    static BookingFailure changing() {
        return BookingFailure.conflict(
                "appointment-changing",
                "The appointment is being changed by another request",
                "Reload the appointment and try again in a moment.");
    }

    private AppointmentTransitions.Change moveTo(Appointment current, SlotView slot, Specialist specialist) {
        ImagingCheck.Outcome outcome = imaging.assess(
                current.conditionId(),
                current.consultationType(),
                current.imaging(),
                slot.start().toLocalDate(),
                current.urgentReview());
        AppointmentStatus status = current.prerequisitesVerified() ? current.status() : outcome.status();
        var prerequisites = current.prerequisitesVerified() ? current.prerequisites() : outcome.prerequisites();
        String nextToken = tokens.derive(current.id(), current.tokenGeneration() + 1);
        return current.moveTo(
                time.now(),
                slot,
                Appointment.SpecialistSnapshot.of(specialist),
                prerequisites,
                status,
                ManageTokens.hash(nextToken));
    }

    private Appointment authenticate(String reference, String token) {
        String normalised = References.normalise(reference);
        Appointment appointment = References.isWellFormed(normalised)
                ? store.findByReference(normalised).orElse(null)
                : null;
        // Checked for an unknown reference too (against nothing), so both refusals cost the same time.
        boolean tokenMatches = tokens.matches(token, appointment);
        if (appointment == null || !tokenMatches) {
            throw notFound();
        }
        return appointment;
    }

    /** On fresh state: a concurrent reschedule may have rotated the token since we checked it. */
    private void requireSameToken(Appointment current, String token) {
        if (!tokens.matches(token, current)) {
            throw notFound();
        }
    }

    /** Active and before the late-cancel window: the rule for every change a patient's side asks for. */
    void requireChangeable(Appointment appointment) {
        if (!appointment.status().isActive()) {
            throw BookingFailure.conflict(
                    "appointment-not-active",
                    "The appointment can no longer be changed",
                    "The appointment is " + appointment.status().code() + ".");
        }
        Instant deadline = appointment.start().minus(settings.lateCancelWindow());
        if (!time.now().isBefore(deadline)) {
            throw BookingFailure.conflict(
                    "too-late-to-change",
                    "It is too late to change this appointment online",
                    "Changes are possible until " + settings.lateCancelWindow().toHours()
                            + " hours before the start; please call the clinic.");
        }
    }

    static BookingFailure notFound() {
        return BookingFailure.notFound(
                "appointment-not-found",
                "No appointment with this reference and token",
                "Check the reference and use the link from your confirmation.");
    }
}
