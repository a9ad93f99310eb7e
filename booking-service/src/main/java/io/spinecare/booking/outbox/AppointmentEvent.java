package io.spinecare.booking.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body shared by every appointment event (docs/events.md). Never carries the manage token or its hash,
 * free-text clinical notes, nor the patient's name and contact details (ADR 0212). Only notification-service, which holds the signing key, can turn
 * {@code tokenGeneration} into a manage link; to every other consumer it is a plain counter (ADR 0207).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppointmentEvent(
        int schemaVersion,
        String appointmentId,
        String reference,
        String status,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        Specialist specialist,
        String location,
        String mode,
        String consultationType,
        String conditionId,
        String catalogueVersion,
        List<Prerequisite> prerequisites,
        Patient patient,
        boolean urgentReview,
        int tokenGeneration,
        Previous previous,
        String cancelledBy,
        String reason,
        String correctedFrom,
        Triage triage) {

    public static final int SCHEMA_VERSION = 2;

    public record Specialist(String id, String name, String subSpecialty) {}

    public record Prerequisite(
            String modality, String region, String status, LocalDate dueBy, int maxAgeDays, String necessity) {}

    /**
     * Only the channels the patient chose: no name, e-mail or phone (ADR 0212). A consumer that must
     * reach the patient asks booking-service's internal contact API with a client-credentials token.
     */
    public record Patient(List<String> channels) {}

    /**
     * Red-flag triage of an urgent booking (urgent-review events only): the tier, the ids of the
     * questions answered yes (coded answers, no free text) and when a specialist should have
     * reviewed it.
     */
    public record Triage(String tier, List<String> redFlagIds, OffsetDateTime reviewBy) {}

    /** Where and when the appointment was before a reschedule. */
    public record Previous(OffsetDateTime start, OffsetDateTime end, String specialistId) {}
}
