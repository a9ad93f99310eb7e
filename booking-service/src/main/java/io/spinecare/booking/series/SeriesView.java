package io.spinecare.booking.series;

import io.spinecare.booking.outbox.SeriesEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A series as the desk and the patient see it: each visit's window, scans and slot, its appointment
 * once confirmed (as the appointment now is: moved or cancelled visits show so), and the visits still
 * without a slot, for the desk to resolve.
 */
public record SeriesView(
        String id,
        String appointmentId,
        String status,
        String procedureId,
        LocalDate surgeryDate,
        String surgeonId,
        List<VisitView> visits,
        List<String> unresolvedVisitIds) {

    public record VisitView(
            String visitId,
            String name,
            LocalDate earliest,
            LocalDate target,
            LocalDate latest,
            List<SeriesEvent.FollowUpScan> imaging,
            String slotId,
            String specialistId,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String appointmentId,
            String reference,
            String appointmentStatus) {}
}
