package io.spinecare.booking.slot;

import io.spinecare.booking.outbox.OutboxEntry;
import io.spinecare.booking.specialist.ConsultationMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One bookable period of one specialist. Its id is derived from specialist and start, so
 * generating the same period twice finds the same document. Every change goes through
 * {@code revision} (see Revisions): that is what makes a slot impossible to take twice. A busy
 * slot names its appointment and the operation that claimed it ({@code claimOp}), so undoing an
 * operation can never free a slot that another operation took (ADR 0208).
 */
@Document("slots")
record Slot(
        @Id String id,
        String revision,
        long version,
        String specialistId,
        Instant start,
        Instant end,
        String zone,
        ConsultationMode mode,
        String location,
        SlotStatus status,
        Hold hold,
        String appointmentId,
        String claimOp,
        Instant claimedAt,
        String blockedReason,
        List<OutboxEntry> outbox) {

    /** A short exclusive claim; {@code id} is the secret the holder must present to book. */
    record Hold(String id, Instant expiresAt) {}

    /** Busy for {@code appointmentId}, whichever operation claimed it. */
    boolean busyFor(String appointmentId) {
        return status == SlotStatus.BUSY && appointmentId.equals(this.appointmentId);
    }

    /** The status as of {@code now}: a hold past its expiry is simply free, no job needed. */
    SlotStatus statusAt(Instant now) {
        if (status == SlotStatus.BUSY_TENTATIVE
                && hold != null
                && !hold.expiresAt().isAfter(now)) {
            return SlotStatus.FREE;
        }
        return status;
    }

    /** This slot after a committed change to its state. */
    Slot changedTo(SlotState next) {
        return new Slot(
                id,
                io.spinecare.booking.system.Revisions.of(id, version + 1),
                version + 1,
                specialistId,
                start,
                end,
                zone,
                mode,
                location,
                next.status(),
                next.hold(),
                next.appointmentId(),
                next.claimOp(),
                next.claimedAt(),
                next.blockedReason(),
                outbox);
    }

    int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }
}
