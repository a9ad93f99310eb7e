package io.spinecare.booking.waitlist;

import io.spinecare.booking.appointment.Prerequisite;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.ConsultationType;
import java.time.OffsetDateTime;
import java.util.List;

/** An offer as its patient sees it: the slot, the scans the clinic will ask for, and whether it is still open. */
record OfferView(
        String id,
        String state,
        boolean open,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        String specialistName,
        String location,
        String mode,
        ConsultationType consultationType,
        String conditionId,
        OffsetDateTime expiresAt,
        List<Prerequisite> scansNeeded,
        /* True when the entry has no date of birth: accepting then needs one (a booking does). */
        boolean needsDateOfBirth,
        String appointmentId) {

    static OfferView of(WaitlistOffer o, WaitlistEntry entry, OfferEvents events, java.time.Instant now) {
        return new OfferView(
                o.id(),
                o.state().name().toLowerCase(java.util.Locale.ROOT),
                o.openAt(now),
                ClinicTime.at(o.start(), o.zone()),
                ClinicTime.at(o.end(), o.zone()),
                o.zone(),
                events.specialistName(o.specialistId()),
                o.location(),
                o.mode(),
                o.consultationType(),
                o.conditionId(),
                ClinicTime.at(o.expiresAt(), o.zone()),
                events.scansNeeded(o),
                entry.patient().dateOfBirth() == null,
                o.appointmentId());
    }
}
