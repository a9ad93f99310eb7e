package io.spinecare.booking.appointment;

import io.spinecare.booking.outbox.OutboxEntry;
import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.Scan;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An appointment being changed, so that each transition of {@link Appointment} names only what it changes. */
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
