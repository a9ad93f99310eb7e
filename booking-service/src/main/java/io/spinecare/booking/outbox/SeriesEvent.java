package io.spinecare.booking.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of every follow-up series event (docs/events.md): the series as it now is, each visit with its
 * window, scans and slot (none: no free slot in the window). {@code change} and {@code visitId} say what
 * a changed event changed. No manage token: notification-service derives the series link from
 * {@code seriesId} and {@code tokenGeneration}, as for appointments (ADR 0207).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeriesEvent(
        int schemaVersion,
        String seriesId,
        String appointmentId,
        String status,
        String procedureId,
        LocalDate surgeryDate,
        String surgeonId,
        AppointmentEvent.Patient patient,
        int tokenGeneration,
        List<Visit> visits,
        String change,
        String visitId) {

    public static final int SCHEMA_VERSION = 1;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Visit(
            String visitId,
            String name,
            LocalDate earliest,
            LocalDate target,
            LocalDate latest,
            List<FollowUpScan> imaging,
            String slotId,
            String specialistId,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String appointmentId) {}

    /** A scan needed before the visit, of the operated region, taken within the ISO period {@code takenWithin} before it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FollowUpScan(String modality, String region, String takenWithin) {}
}
