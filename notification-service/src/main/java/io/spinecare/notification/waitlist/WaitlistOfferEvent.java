package io.spinecare.notification.waitlist;

import java.time.OffsetDateTime;
import java.util.List;

/** The body of booking-service's waitlist offer events (docs/events.md), as far as messages need it. */
record WaitlistOfferEvent(
        int schemaVersion,
        String offerId,
        String slotId,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        String specialistName,
        String location,
        String mode,
        String consultationType,
        String conditionId,
        OffsetDateTime expiresAt,
        List<Scan> scansNeeded,
        Patient patient) {

    record Scan(String modality, String region, Integer maxAgeDays, String necessity, String dueBy) {}

    /** The channels the offer goes by; contact details are fetched from booking-service (ADR 0212). */
    record Patient(List<String> channels) {}

    /** Whether the offer goes by this channel ({@code EMAIL}, {@code SMS}); an event naming none means both. */
    boolean goesBy(String channel) {
        return patient == null
                || patient.channels() == null
                || patient.channels().contains(channel);
    }
}
