package io.spinecare.booking.slot;

import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.booking.system.ClinicTime;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A slot as other features and the API see it: times with the offset of the slot's zone. */
public record SlotView(
        String id,
        String specialistId,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        int minutes,
        ConsultationMode mode,
        String location,
        SlotStatus status,
        String appointmentId) {

    static SlotView of(Slot slot, Instant now) {
        SlotStatus status = slot.statusAt(now);
        return new SlotView(
                slot.id(),
                slot.specialistId(),
                ClinicTime.at(slot.start(), slot.zone()),
                ClinicTime.at(slot.end(), slot.zone()),
                slot.zone(),
                slot.minutes(),
                slot.mode(),
                slot.location(),
                status,
                status == SlotStatus.BUSY ? slot.appointmentId() : null);
    }

    public Instant startInstant() {
        return start.toInstant();
    }
}
