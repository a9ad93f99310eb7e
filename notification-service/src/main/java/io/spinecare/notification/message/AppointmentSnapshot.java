package io.spinecare.notification.message;

import java.time.Instant;
import java.util.List;

/**
 * What a message needs to know about the appointment, copied from the event that caused it and stored
 * with the delivery, so a reminder sent days later renders exactly what was planned. Codes stay strings
 * here: the wording layer maps them, and an unknown code never breaks a stored record.
 */
public record AppointmentSnapshot(
        String appointmentId,
        String reference,
        String status,
        Instant start,
        Instant end,
        String timeZone,
        String specialistName,
        String specialistSubSpecialty,
        String location,
        String mode,
        String consultationType,
        String patientName,
        int tokenGeneration,
        List<ScanPrerequisite> prerequisites,
        Instant previousStart,
        Instant previousEnd,
        String cancelledBy,
        Triage triage,
        Offer offer) {

    public AppointmentSnapshot {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }

    /** A snapshot of an appointment (every message but a waitlist offer). */
    public AppointmentSnapshot(
            String appointmentId,
            String reference,
            String status,
            Instant start,
            Instant end,
            String timeZone,
            String specialistName,
            String specialistSubSpecialty,
            String location,
            String mode,
            String consultationType,
            String patientName,
            int tokenGeneration,
            List<ScanPrerequisite> prerequisites,
            Instant previousStart,
            Instant previousEnd,
            String cancelledBy,
            Triage triage) {
        this(
                appointmentId,
                reference,
                status,
                start,
                end,
                timeZone,
                specialistName,
                specialistSubSpecialty,
                location,
                mode,
                consultationType,
                patientName,
                tokenGeneration,
                prerequisites,
                previousStart,
                previousEnd,
                cancelledBy,
                triage,
                null);
    }

    /**
     * For a waitlist offer, whose snapshot's {@code appointmentId} is the offer id: the condition waited for and
     * until when the slot is held.
     */
    public record Offer(String offerId, String conditionId, Instant expiresAt) {}

    /** For a triage alert: the condition, the red flags answered yes and when the review is due. */
    public record Triage(String conditionId, String tier, List<String> redFlagIds, Instant reviewBy) {

        public Triage {
            redFlagIds = redFlagIds == null ? List.of() : List.copyOf(redFlagIds);
        }
    }

    /** The same appointment with nothing outstanding (staff verified the scans). */
    public AppointmentSnapshot withScansVerified() {
        return new AppointmentSnapshot(
                appointmentId,
                reference,
                status,
                start,
                end,
                timeZone,
                specialistName,
                specialistSubSpecialty,
                location,
                mode,
                consultationType,
                patientName,
                tokenGeneration,
                List.of(),
                previousStart,
                previousEnd,
                cancelledBy,
                triage,
                offer);
    }

    public List<ScanPrerequisite> outstanding() {
        return prerequisites.stream().filter(ScanPrerequisite::outstanding).toList();
    }

    public boolean video() {
        return "VIDEO".equals(mode);
    }

    /** One scan the appointment needs. */
    public record ScanPrerequisite(
            String modality, String region, String status, String dueBy, Integer maxAgeDays, String necessity) {

        public boolean outstanding() {
            return "MISSING".equals(status) || "TOO_OLD".equals(status);
        }
    }
}
