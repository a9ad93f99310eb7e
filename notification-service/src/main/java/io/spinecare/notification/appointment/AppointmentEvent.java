package io.spinecare.notification.appointment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of every {@code io.spinecare.appointment.*.v1} and {@code .v2} event (docs/events.md); a {@code .v2}
 * patient has only channels, its contact details come from booking-service (ADR 0212). Unknown fields are ignored so
 * that booking-service can add to the contract without breaking this reader.
 */
public record AppointmentEvent(
        int schemaVersion,
        @NotBlank String appointmentId,
        @NotBlank String reference,
        String status,
        @NotNull OffsetDateTime start,
        @NotNull OffsetDateTime end,
        @NotBlank String timeZone,
        @NotNull @Valid Specialist specialist,
        String location,
        String mode,
        String consultationType,
        String conditionId,
        List<@Valid Prerequisite> prerequisites,
        @NotNull @Valid Patient patient,
        boolean urgentReview,
        Integer tokenGeneration,
        Previous previous,
        String cancelledBy,
        String reason,
        Triage triage) {

    public AppointmentEvent {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }

    /** This event with the patient's contact details put in, for a {@code .v2} event that carries none. */
    public AppointmentEvent withPatient(Patient next) {
        return new AppointmentEvent(
                schemaVersion,
                appointmentId,
                reference,
                status,
                start,
                end,
                timeZone,
                specialist,
                location,
                mode,
                consultationType,
                conditionId,
                prerequisites,
                next,
                urgentReview,
                tokenGeneration,
                previous,
                cancelledBy,
                reason,
                triage);
    }

    public int tokenGenerationOrDefault() {
        return tokenGeneration == null ? 1 : tokenGeneration;
    }

    public record Specialist(String id, @NotBlank String name, String subSpecialty) {}

    /** A scan the appointment needs; {@code status} MISSING or TOO_OLD means the patient must act. */
    public record Prerequisite(
            @NotBlank String modality,
            @NotBlank String region,
            @NotBlank String status,
            String dueBy,
            Integer maxAgeDays,
            String necessity) {

        public boolean outstanding() {
            return "MISSING".equals(status) || "TOO_OLD".equals(status);
        }
    }

    /** Contact details and the channels the patient chose; no channels given means e-mail only. */
    public record Patient(String name, String email, String phone, List<String> channels) {

        public Patient {
            channels = channels == null || channels.isEmpty() ? List.of("EMAIL") : List.copyOf(channels);
        }
    }

    /** Red-flag triage of an urgent booking (urgent-review-requested only): tier, flag ids, review deadline. */
    public record Triage(String tier, List<String> redFlagIds, OffsetDateTime reviewBy) {

        public Triage {
            redFlagIds = redFlagIds == null ? List.of() : List.copyOf(redFlagIds);
        }
    }

    public record Previous(OffsetDateTime start, OffsetDateTime end, String specialistId) {}
}
