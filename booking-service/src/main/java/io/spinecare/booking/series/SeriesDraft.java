package io.spinecare.booking.series;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.outbox.OutboxEntry;
import io.spinecare.booking.system.Revisions;
import io.spinecare.content.BodyRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A series being planned or changed, so that each factory and transition of {@link FollowUpSeries} names
 * only the fields it sets.
 */
final class SeriesDraft {

    String id;
    String revision;
    long version;
    String appointmentId;
    Appointment.Patient patient;
    String conditionId;
    String procedureId;
    LocalDate surgeryDate;
    String surgeonId;
    BodyRegion region;
    FollowUpSeries.SeriesStatus status;
    FollowUpSeries.Confirming confirming;
    List<SeriesVisit> visits;
    int tokenGeneration;
    Instant createdAt;
    List<OutboxEntry> outbox;

    /** A series not yet written: revision 0, proposed, the first token generation, no events. */
    SeriesDraft(String id, Instant createdAt) {
        this.id = id;
        this.revision = Revisions.of(id, 0);
        this.status = FollowUpSeries.SeriesStatus.PROPOSED;
        this.visits = List.of();
        this.tokenGeneration = 1;
        this.createdAt = createdAt;
        this.outbox = List.of();
    }

    SeriesDraft(FollowUpSeries s) {
        this.id = s.id();
        this.revision = s.revision();
        this.version = s.version();
        this.appointmentId = s.appointmentId();
        this.patient = s.patient();
        this.conditionId = s.conditionId();
        this.procedureId = s.procedureId();
        this.surgeryDate = s.surgeryDate();
        this.surgeonId = s.surgeonId();
        this.region = s.region();
        this.status = s.status();
        this.confirming = s.confirming();
        this.visits = s.visits();
        this.tokenGeneration = s.tokenGeneration();
        this.createdAt = s.createdAt();
        this.outbox = s.outbox();
    }

    FollowUpSeries build() {
        return new FollowUpSeries(
                id,
                revision,
                version,
                appointmentId,
                patient,
                conditionId,
                procedureId,
                surgeryDate,
                surgeonId,
                region,
                status,
                confirming,
                visits,
                tokenGeneration,
                createdAt,
                outbox);
    }
}
