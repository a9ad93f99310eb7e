package io.spinecare.notification.series;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of the {@code io.spinecare.series.*.v1} events (docs/events.md): the series as it now is, without
 * the patient's name or addresses (ADR 0212). Unknown fields are ignored, as for appointment events.
 */
public record SeriesEvent(
        int schemaVersion,
        @NotBlank String seriesId,
        @NotBlank String appointmentId,
        @NotBlank String status,
        String procedureId,
        LocalDate surgeryDate,
        int tokenGeneration,
        @NotNull List<@Valid Visit> visits,
        String change,
        String visitId) {

    /** One visit: window, scans, and the slot (no {@code start}: none free in the window yet). */
    public record Visit(
            @NotBlank String visitId,
            @NotBlank String name,
            LocalDate earliest,
            LocalDate target,
            LocalDate latest,
            List<@Valid Scan> imaging,
            String specialistName,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String appointmentId) {}

    /** A scan of the operated region, taken within the ISO period {@code takenWithin} before the visit. */
    public record Scan(@NotBlank String modality, String region, String takenWithin) {}
}
