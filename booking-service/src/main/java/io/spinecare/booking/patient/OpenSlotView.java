package io.spinecare.booking.patient;

import io.spinecare.booking.slot.SlotStatus;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.ConsultationMode;
import java.time.OffsetDateTime;

/**
 * A slot as the public search shows it: when, where and with whom, and nothing about who holds or booked it.
 * Staff answers use {@link SlotView}, which also names the appointment of a busy slot.
 */
public record OpenSlotView(
        String id,
        String specialistId,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        int minutes,
        ConsultationMode mode,
        String location,
        SlotStatus status) {

    static OpenSlotView of(SlotView slot) {
        return new OpenSlotView(
                slot.id(),
                slot.specialistId(),
                slot.start(),
                slot.end(),
                slot.timeZone(),
                slot.minutes(),
                slot.mode(),
                slot.location(),
                slot.status());
    }
}
