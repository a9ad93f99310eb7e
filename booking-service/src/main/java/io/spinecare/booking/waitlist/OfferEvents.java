package io.spinecare.booking.waitlist;

import io.spinecare.booking.appointment.ImagingCheck;
import io.spinecare.booking.appointment.Prerequisite;
import io.spinecare.booking.outbox.BookingEvent;
import io.spinecare.booking.outbox.WaitlistOfferEvent;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.ClinicTime;
import java.util.List;
import org.springframework.stereotype.Component;

/** The events and views of an offer: the slot and the scans the clinic will ask for; never whom it is for (ADR 0212). */
@Component
class OfferEvents {

    private final ImagingCheck imaging;
    private final Specialists specialists;

    OfferEvents(ImagingCheck imaging, Specialists specialists) {
        this.imaging = imaging;
        this.specialists = specialists;
    }

    BookingEvent offered(WaitlistOffer offer) {
        return new BookingEvent.WaitlistOffered(body(offer, OfferState.OPEN, null));
    }

    BookingEvent closed(WaitlistOffer offer, OfferState state, String appointmentId) {
        WaitlistOfferEvent body = body(offer, state, appointmentId);
        return switch (state) {
            case ACCEPTED -> new BookingEvent.WaitlistOfferAccepted(body);
            case DECLINED -> new BookingEvent.WaitlistOfferDeclined(body);
            case EXPIRED -> new BookingEvent.WaitlistOfferExpired(body);
            case OPEN -> new BookingEvent.WaitlistOffered(body);
        };
    }

    /** The scans the clinic will ask for with this consultation, none brought yet (content-core decides). */
    List<Prerequisite> scansNeeded(WaitlistOffer offer) {
        return imaging.assess(
                        offer.conditionId(),
                        offer.consultationType(),
                        List.of(),
                        ClinicTime.at(offer.start(), offer.zone()).toLocalDate(),
                        false)
                .prerequisites();
    }

    String specialistName(String specialistId) {
        return specialists.find(specialistId).map(Specialist::name).orElse(specialistId);
    }

    private WaitlistOfferEvent body(WaitlistOffer offer, OfferState state, String appointmentId) {
        return new WaitlistOfferEvent(
                WaitlistOfferEvent.SCHEMA_VERSION,
                offer.id(),
                offer.entryId(),
                state.name().toLowerCase(java.util.Locale.ROOT),
                offer.slotId(),
                ClinicTime.at(offer.start(), offer.zone()),
                ClinicTime.at(offer.end(), offer.zone()),
                offer.zone(),
                offer.specialistId(),
                specialistName(offer.specialistId()),
                offer.location(),
                offer.mode(),
                offer.consultationType().name(),
                offer.conditionId(),
                ClinicTime.at(offer.expiresAt(), offer.zone()),
                scansNeeded(offer).stream()
                        .map(s -> new WaitlistOfferEvent.Scan(
                                s.modality().name(),
                                s.region().name(),
                                s.maxAgeDays(),
                                s.necessity().name(),
                                s.dueBy()))
                        .toList(),
                new WaitlistOfferEvent.Patient(List.of("EMAIL", "SMS")),
                appointmentId);
    }
}
