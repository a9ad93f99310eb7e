package io.spinecare.booking.appointment;

import io.spinecare.booking.outbox.OutboxEntry;
import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.booking.system.Revisions;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.Scan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A booked consultation. The patient reaches it by {@code reference} plus a manage token of which
 * only the SHA-256 hash is stored. Like slots, every change is a compare-and-set on
 * {@code revision} that also pushes the change's event onto {@code outbox} and its line onto
 * {@code history}.
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

    public Appointment withPending(PendingMove next) {
        return new Appointment(
                id,
                revision,
                version,
                reference,
                slotId,
                specialist,
                location,
                mode,
                start,
                end,
                zone,
                consultationType,
                conditionId,
                catalogueVersion,
                patient,
                imaging,
                prerequisites,
                redFlags,
                urgentReview,
                status,
                prerequisitesVerified,
                tokenHash,
                tokenGeneration,
                createdAt,
                next,
                history,
                outbox);
    }

    public Appointment withStatus(AppointmentStatus next, boolean verified) {
        return new Appointment(
                id,
                revision,
                version,
                reference,
                slotId,
                specialist,
                location,
                mode,
                start,
                end,
                zone,
                consultationType,
                conditionId,
                catalogueVersion,
                patient,
                imaging,
                prerequisites,
                redFlags,
                urgentReview,
                next,
                verified,
                tokenHash,
                tokenGeneration,
                createdAt,
                pending,
                history,
                outbox);
    }

    public Appointment movedTo(
            String nextSlotId,
            SpecialistSnapshot nextSpecialist,
            String nextLocation,
            ConsultationMode nextMode,
            Instant nextStart,
            Instant nextEnd,
            List<Prerequisite> nextPrerequisites,
            AppointmentStatus nextStatus,
            String nextTokenHash) {
        return new Appointment(
                id,
                revision,
                version,
                reference,
                nextSlotId,
                nextSpecialist,
                nextLocation,
                nextMode,
                nextStart,
                nextEnd,
                zone,
                consultationType,
                conditionId,
                catalogueVersion,
                patient,
                imaging,
                nextPrerequisites,
                redFlags,
                urgentReview,
                nextStatus,
                prerequisitesVerified,
                nextTokenHash,
                tokenGeneration + 1,
                createdAt,
                null,
                history,
                outbox);
    }

    public Appointment withReference(String next, List<OutboxEntry> nextOutbox) {
        return new Appointment(
                id,
                revision,
                version,
                next,
                slotId,
                specialist,
                location,
                mode,
                start,
                end,
                zone,
                consultationType,
                conditionId,
                catalogueVersion,
                patient,
                imaging,
                prerequisites,
                redFlags,
                urgentReview,
                status,
                prerequisitesVerified,
                tokenHash,
                tokenGeneration,
                createdAt,
                pending,
                history,
                nextOutbox);
    }

    /** This (next) state as stored after its compare-and-set: one version on, one history line longer. */
    Appointment committed(HistoryEntry line) {
        List<HistoryEntry> longer = new java.util.ArrayList<>(history);
        if (line != null) {
            longer.add(line);
        }
        return new Appointment(
                id,
                io.spinecare.booking.system.Revisions.of(id, version + 1),
                version + 1,
                reference,
                slotId,
                specialist,
                location,
                mode,
                start,
                end,
                zone,
                consultationType,
                conditionId,
                catalogueVersion,
                patient,
                imaging,
                prerequisites,
                redFlags,
                urgentReview,
                status,
                prerequisitesVerified,
                tokenHash,
                tokenGeneration,
                createdAt,
                pending,
                List.copyOf(longer),
                outbox);
    }

    /** Whether staff have acknowledged the urgent review its red-flag answers asked for (ADR 0210). */
    public boolean reviewAcknowledged() {
        return history.stream().anyMatch(line -> line.action() == HistoryEntry.Action.REVIEW_ACKNOWLEDGED);
    }

    public LocalDate clinicDate() {
        return LocalDate.ofInstant(start, java.time.ZoneId.of(zone));
    }
}
