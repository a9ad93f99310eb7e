package io.spinecare.notification.message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a series message needs, copied from the series event and stored with the delivery (like
 * {@link AppointmentSnapshot}): each visit with its window, scans and the slot proposed or booked.
 * {@code change} says what a changed event changed ({@code visit-moved}, {@code cancelled}).
 */
public record SeriesSnapshot(
        String seriesId,
        String appointmentId,
        String status,
        LocalDate surgeryDate,
        int tokenGeneration,
        String patientName,
        String change,
        String changedVisitId,
        Instant eventTime,
        List<Visit> visits) {

    public SeriesSnapshot {
        visits = visits == null ? List.of() : List.copyOf(visits);
    }

    /** One visit; no slot ({@code start} null) means the desk is still finding one in its window. */
    public record Visit(
            String visitId,
            String name,
            LocalDate earliest,
            LocalDate latest,
            List<Scan> imaging,
            String specialistName,
            Instant start,
            Instant end,
            String timeZone,
            String appointmentId) {

        public Visit {
            imaging = imaging == null ? List.of() : List.copyOf(imaging);
        }

        boolean planned() {
            return start != null && end != null && timeZone != null;
        }
    }

    /** A scan of the operated region, taken at most {@code takenWithinDays} before the visit. */
    public record Scan(String modality, String region, Integer takenWithinDays) {}

    boolean confirmed() {
        return "confirmed".equals(status);
    }

    /** The calendar UID of a visit while it is a proposal; a booked visit's entry is its appointment's. */
    static String proposalUid(String seriesId, Visit visit) {
        return visit.visitId() + "." + seriesId + "@spinecare.io";
    }
}
