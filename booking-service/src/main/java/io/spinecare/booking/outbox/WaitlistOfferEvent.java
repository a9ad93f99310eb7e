package io.spinecare.booking.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of the waitlist offer events on {@code spinecare.waitlist} (docs/events.md). Never carries a token: only
 * notification-service, which holds the signing key, turns {@code offerId} into the offer link (ADR 0222). Never
 * carries the patient's name, e-mail or phone either (ADR 0212): whoever must reach the patient asks
 * {@code /internal/waitlist-offers/{offerId}/contact}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WaitlistOfferEvent(
        int schemaVersion,
        String offerId,
        String entryId,
        String state,
        String slotId,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        String specialistId,
        String specialistName,
        String location,
        String mode,
        String consultationType,
        String conditionId,
        OffsetDateTime expiresAt,
        List<Scan> scansNeeded,
        Patient patient,
        String appointmentId) {

    public static final int SCHEMA_VERSION = 1;

    /** A scan the clinic will ask for with this consultation, in content-core's codes. */
    public record Scan(String modality, String region, int maxAgeDays, String necessity, LocalDate dueBy) {}

    /** Only the channels an offer goes by (both: the slot is held briefly); contact details are fetched. */
    public record Patient(List<String> channels) {}
}
