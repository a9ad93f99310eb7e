package io.spinecare.booking.series;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.outbox.OutboxEntry;
import io.spinecare.content.BodyRegion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The follow-up visits planned from one recorded surgery (ADR 0226). While {@code PROPOSED} each visit
 * holds a slot tentatively (or none: listed for the desk); {@code confirming} marks the one confirmation
 * under way; once {@code CONFIRMED} each visit is an appointment of its own.
 */
@Document("followup-series")
public record FollowUpSeries(
        @Id String id,
        String revision,
        long version,
        String appointmentId,
        Appointment.Patient patient,
        String conditionId,
        String procedureId,
        LocalDate surgeryDate,
        String surgeonId,
        BodyRegion region,
        SeriesStatus status,
        Confirming confirming,
        List<SeriesVisit> visits,
        int tokenGeneration,
        Instant createdAt,
        List<OutboxEntry> outbox) {

    public enum SeriesStatus {
        PROPOSED,
        CONFIRMED,
        CANCELLED
    }

    /** A confirmation under way: only the operation that set the mark may complete it. */
    public record Confirming(String op, Instant since) {}

    public static String idFor(String appointmentId) {
        return "series-" + appointmentId;
    }

    public SeriesVisit visit(String visitId) {
        return visits.stream()
                .filter(v -> v.visitId().equals(visitId))
                .findFirst()
                .orElse(null);
    }

    public boolean complete() {
        return visits.stream().allMatch(SeriesVisit::planned);
    }

    FollowUpSeries withVisits(UnaryOperator<SeriesVisit> change) {
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
                visits.stream().map(change).toList(),
                tokenGeneration,
                createdAt,
                outbox);
    }

    FollowUpSeries withOutbox(List<OutboxEntry> events) {
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
                events);
    }

    FollowUpSeries with(SeriesStatus nextStatus, Confirming nextConfirming) {
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
                nextStatus,
                nextConfirming,
                visits,
                tokenGeneration,
                createdAt,
                outbox);
    }
}
