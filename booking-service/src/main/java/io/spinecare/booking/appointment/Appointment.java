package io.spinecare.booking.appointment;

import io.spinecare.booking.appointment.AppointmentTransitions.Change;
import io.spinecare.booking.outbox.AppointmentEvent;
import io.spinecare.booking.outbox.BookingEvent;
import io.spinecare.booking.outbox.BookingEvent.AppointmentCancelled;
import io.spinecare.booking.outbox.BookingEvent.AppointmentRescheduled;
import io.spinecare.booking.outbox.BookingEvent.AppointmentStatusCorrected;
import io.spinecare.booking.outbox.BookingEvent.PrerequisitesVerified;
import io.spinecare.booking.outbox.BookingEvent.UrgentReviewAcknowledged;
import io.spinecare.booking.outbox.OutboxEntry;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.booking.system.Revisions;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.Scan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A booked consultation. The patient reaches it by {@code reference} plus a manage token of which
 * only the SHA-256 hash is stored. Like slots, every change is a compare-and-set on
 * {@code revision} that also pushes the change's event onto {@code outbox} and its line onto
 * {@code history}. Each transition below returns that change: the new state, its line and its event.
 */
@Document("appointments")
public record Appointment(
        @Id String id,
        String revision,
        long version,
        String reference,
        String slotId,
        SpecialistSnapshot specialist,
        String location,
        ConsultationMode mode,
        Instant start,
        Instant end,
        String zone,
        ConsultationType consultationType,
        String conditionId,
        String catalogueVersion,
        Patient patient,
        List<Scan> imaging,
        List<Prerequisite> prerequisites,
        Map<String, Boolean> redFlags,
        boolean urgentReview,
        AppointmentStatus status,
        boolean prerequisitesVerified,
        String tokenHash,
        int tokenGeneration,
        Instant createdAt,
        PendingMove pending,
        List<HistoryEntry> history,
        List<OutboxEntry> outbox) {

    public record SpecialistSnapshot(@Field("id") String id, String name, String subSpecialty) {}

    public record Patient(String name, String email, String phone, LocalDate dateOfBirth) {}

    /**
     * A reschedule under way: operation {@code op} is claiming {@code slotId}. Only that operation
     * may move the appointment there; a repair clears a stale one before freeing the slot (ADR 0208).
     */
    public record PendingMove(String slotId, String op, Instant since) {}

    /**
     * What stands in the appointment's place when a booking was undone: it fences the id, so a
     * retry racing the undo can never write a live appointment onto the slot being given back.
     */
    static Appointment voided(String id, Instant now) {
        return new Appointment(
                id,
                Revisions.of(id, 0),
                0,
                "void-" + id,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                Map.of(),
                false,
                AppointmentStatus.ENTERED_IN_ERROR,
                false,
                null,
                0,
                now,
                null,
                List.of(),
                List.of());
    }

    /** Whether this appointment keeps its slot busy: every status but cancelled and entered-in-error. */
    public boolean holdsSlot() {
        return status.holdsSlot();
    }

    /** Marks (or, with null, clears) a reschedule under way: bookkeeping, no history line and no event. */
    public Appointment withPending(PendingMove next) {
        return with(d -> d.pending = next);
    }

    /** A new booking renamed after its reference collided with another's. */
    public Appointment withReference(String next) {
        return with(d -> d.reference = next);
    }

    /** A new booking as it is inserted: its events, made from it as it is, in its outbox. */
    public Appointment withOutbox(List<OutboxEntry> events) {
        return with(d -> d.outbox = events);
    }

    /** Cancelled by {@code actor}; {@code cancelledBy} (PATIENT, STAFF, SYSTEM) and the reason go into the event. */
    public Change cancel(Instant at, String actor, String cancelledBy, String reason) {
        Appointment next = with(d -> d.status = AppointmentStatus.CANCELLED);
        return new Change(
                next,
                new HistoryEntry(at, actor, HistoryEntry.Action.CANCELLED, status, next.status, reason),
                new AppointmentCancelled(AppointmentEvents.of(next, null, cancelledBy, reason, null)));
    }

    /** A step of the visit (check-in, completion, no-show): the new status, its line and its event. */
    public Change advance(
            Instant at,
            String actor,
            HistoryEntry.Action action,
            AppointmentStatus to,
            Function<AppointmentEvent, BookingEvent> event) {
        Appointment next = with(d -> d.status = to);
        return new Change(
                next, new HistoryEntry(at, actor, action, status, to, null), event.apply(AppointmentEvents.of(next)));
    }

    /**
     * A follow-up visit written while its series was being confirmed, taken back because the
     * confirmation did not complete (ADR 0226). It was never announced, so there is no event.
     */
    public Change undoUnannounced(Instant at, String actor) {
        Appointment next = with(d -> d.status = AppointmentStatus.ENTERED_IN_ERROR);
        return new Change(
                next,
                new HistoryEntry(at, actor, HistoryEntry.Action.CORRECTED, status, next.status, "series not confirmed"),
                null);
    }

    /** Staff have seen the scans: booked, and the prerequisites no longer re-assessed on a move. */
    public Change verifyPrerequisites(Instant at, String actor, String note) {
        Appointment next = with(d -> {
            d.status = AppointmentStatus.BOOKED;
            d.prerequisitesVerified = true;
        });
        return new Change(
                next,
                new HistoryEntry(at, actor, HistoryEntry.Action.PREREQUISITES_VERIFIED, status, next.status, note),
                new PrerequisitesVerified(AppointmentEvents.of(next)));
    }

    /** Puts right a mistaken status; the mistake stays in the history and the event names it. */
    public Change correct(Instant at, String actor, AppointmentStatus to, String reason) {
        Appointment next = with(d -> d.status = to);
        return new Change(
                next,
                new HistoryEntry(at, actor, HistoryEntry.Action.CORRECTED, status, to, reason),
                new AppointmentStatusCorrected(AppointmentEvents.of(next, null, null, null, status)));
    }

    /** Moved to a new slot by its patient: the reschedule mark goes, the token moves on a generation. */
    public Change moveTo(
            Instant at,
            SlotView slot,
            SpecialistSnapshot nextSpecialist,
            List<Prerequisite> nextPrerequisites,
            AppointmentStatus nextStatus,
            String nextTokenHash) {
        Appointment next = with(d -> {
            d.slotId = slot.id();
            d.specialist = nextSpecialist;
            d.location = slot.location();
            d.mode = slot.mode();
            d.start = slot.startInstant();
            d.end = slot.end().toInstant();
            d.prerequisites = nextPrerequisites;
            d.status = nextStatus;
            d.tokenHash = nextTokenHash;
            d.tokenGeneration = tokenGeneration + 1;
            d.pending = null;
        });
        return new Change(
                next,
                new HistoryEntry(
                        at,
                        HistoryEntry.PATIENT,
                        HistoryEntry.Action.RESCHEDULED,
                        status,
                        nextStatus,
                        "from slot " + slotId),
                new AppointmentRescheduled(
                        AppointmentEvents.of(next, AppointmentEvents.previous(this), null, null, null)));
    }

    /** Staff took charge of an urgent booking: a history line and an event, the status unchanged (ADR 0210). */
    public Change acknowledgeReview(Instant at, String actor, String note) {
        return new Change(
                this,
                new HistoryEntry(at, actor, HistoryEntry.Action.REVIEW_ACKNOWLEDGED, status, status, note),
                new UrgentReviewAcknowledged(AppointmentEvents.of(this)));
    }

    /** This (next) state as stored after its compare-and-set: one version on, one history line longer. */
    Appointment committed(HistoryEntry line) {
        List<HistoryEntry> longer = new ArrayList<>(history);
        if (line != null) {
            longer.add(line);
        }
        return with(d -> {
            d.revision = Revisions.of(id, version + 1);
            d.version = version + 1;
            d.history = List.copyOf(longer);
        });
    }

    private Appointment with(Consumer<AppointmentDraft> change) {
        AppointmentDraft draft = new AppointmentDraft(this);
        change.accept(draft);
        return draft.build();
    }

    /** Whether staff have acknowledged the urgent review its red-flag answers asked for (ADR 0210). */
    public boolean reviewAcknowledged() {
        return history.stream().anyMatch(line -> line.action() == HistoryEntry.Action.REVIEW_ACKNOWLEDGED);
    }

    public LocalDate clinicDate() {
        return LocalDate.ofInstant(start, ZoneId.of(zone));
    }
}
