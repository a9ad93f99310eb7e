package io.spinecare.booking.outbox;

import java.time.OffsetDateTime;

/** Body of the slot events on {@code spinecare.slots} (docs/events.md). */
public record SlotEvent(
        int schemaVersion,
        String slotId,
        String specialistId,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        String status) {

    public SlotEvent(
            String slotId,
            String specialistId,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String status) {
        this(1, slotId, specialistId, start, end, timeZone, status);
    }
}
