package io.spinecare.booking.waitlist;

import io.spinecare.booking.system.ClinicTime;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One offer of an entry's history as the desk reads it: which slot, how it ended, times in the clinic's zone. */
record DeskOfferLine(
        String id,
        String slotId,
        String specialistId,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        OffsetDateTime offeredAt,
        OffsetDateTime expiresAt,
        OfferState state,
        OffsetDateTime closedAt,
        String appointmentId) {

    static DeskOfferLine of(WaitlistOffer o) {
        return new DeskOfferLine(
                o.id(),
                o.slotId(),
                o.specialistId(),
                at(o.start(), o.zone()),
                at(o.end(), o.zone()),
                o.zone(),
                at(o.offeredAt(), o.zone()),
                at(o.expiresAt(), o.zone()),
                o.state(),
                at(o.closedAt(), o.zone()),
                o.appointmentId());
    }

    private static OffsetDateTime at(Instant instant, String zone) {
        return instant == null ? null : ClinicTime.at(instant, zone);
    }
}
