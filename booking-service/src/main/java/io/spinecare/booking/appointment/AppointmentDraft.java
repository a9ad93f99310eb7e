package io.spinecare.booking.appointment;

import io.spinecare.booking.outbox.OutboxEntry;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.booking.system.Revisions;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.Scan;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An appointment being made or changed, so that each factory and transition of {@link Appointment} names only
 * the fields it sets.
 */
final class AppointmentDraft {

    String id;
    String revision;
    long version;
    String reference;
    String slotId;
    Appointment.SpecialistSnapshot specialist;
    String location;
    ConsultationMode mode;
    Instant start;
    Instant end;
    String zone;
    ConsultationType consultationType;
    String conditionId;
    String catalogueVersion;
    Appointment.Patient patient;
    List<Scan> imaging;
    List<Prerequisite> prerequisites;
    Map<String, Boolean> redFlags;
    boolean urgentReview;
    AppointmentStatus status;
    boolean prerequisitesVerified;
    String tokenHash;
    int tokenGeneration;
    Instant createdAt;
    Appointment.PendingMove pending;
    List<HistoryEntry> history;
    List<OutboxEntry> outbox;

    /** A document not yet written: revision 0, empty lists, everything else unset. */
    AppointmentDraft(String id, Instant createdAt) {
        this.id = id;
        this.revision = Revisions.of(id, 0);
        this.imaging = List.of();
        this.prerequisites = List.of();
        this.redFlags = Map.of();
        this.createdAt = createdAt;
        this.history = List.of();
        this.outbox = List.of();
    }

    /** The new appointment of {@code booking}: in its slot, with its BOOKED line by {@code actor}. */
    static AppointmentDraft booked(NewAppointment booking, Instant now, String actor, String note) {
        SlotView slot = booking.slot();
        AppointmentDraft d = new AppointmentDraft(booking.id(), now);
        d.reference = References.next();
        d.slotId = slot.id();
        d.specialist = Appointment.SpecialistSnapshot.of(booking.specialist());
        d.location = slot.location();
        d.mode = slot.mode();
        d.start = slot.startInstant();
        d.end = slot.end().toInstant();
        d.zone = slot.timeZone();
        d.consultationType = booking.consultationType();
        d.conditionId = booking.conditionId();
        d.catalogueVersion = booking.catalogueVersion();
        d.patient = booking.patient();
        d.imaging = booking.imaging();
        d.prerequisites = booking.prerequisites();
        d.redFlags = booking.redFlags();
        d.urgentReview = booking.triage() != null;
        d.status = booking.status();
        d.tokenHash = booking.tokenHash();
        d.tokenGeneration = 1;
        d.history = List.of(new HistoryEntry(now, actor, HistoryEntry.Action.BOOKED, null, booking.status(), note));
        return d;
    }

    AppointmentDraft(Appointment a) {
        this.id = a.id();
        this.revision = a.revision();
        this.version = a.version();
        this.reference = a.reference();
        this.slotId = a.slotId();
        this.specialist = a.specialist();
        this.location = a.location();
        this.mode = a.mode();
        this.start = a.start();
        this.end = a.end();
        this.zone = a.zone();
        this.consultationType = a.consultationType();
        this.conditionId = a.conditionId();
        this.catalogueVersion = a.catalogueVersion();
        this.patient = a.patient();
        this.imaging = a.imaging();
        this.prerequisites = a.prerequisites();
        this.redFlags = a.redFlags();
        this.urgentReview = a.urgentReview();
        this.status = a.status();
        this.prerequisitesVerified = a.prerequisitesVerified();
        this.tokenHash = a.tokenHash();
        this.tokenGeneration = a.tokenGeneration();
        this.createdAt = a.createdAt();
        this.pending = a.pending();
        this.history = a.history();
        this.outbox = a.outbox();
    }

    Appointment build() {
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
                pending,
                history,
                outbox);
    }
}
