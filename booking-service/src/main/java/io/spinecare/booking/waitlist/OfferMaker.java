package io.spinecare.booking.waitlist;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Offers one free slot to one waiting entry: hold the slot (the ordinary hold, for the offer's time), then insert
 * the offer with its {@code offered} event. The insert is the commit point; if it loses (the patient got another
 * offer meanwhile, or this pair was offered before) the hold is given up at once. A crash between the two leaves
 * only a hold, which frees itself when it runs out, and the sweep offers the slot again.
 */
@Component
class OfferMaker {

    private final SlotBooking slots;
    private final WaitlistOffers offers;
    private final OfferEvents events;
    private final WaitlistProperties settings;
    private final BookingProperties booking;
    private final ClinicTime time;

    OfferMaker(
            SlotBooking slots,
            WaitlistOffers offers,
            OfferEvents events,
            WaitlistProperties settings,
            BookingProperties booking,
            ClinicTime time) {
        this.slots = slots;
        this.offers = offers;
        this.events = events;
        this.settings = settings;
        this.booking = booking;
        this.time = time;
    }

    Optional<WaitlistOffer> offer(WaitlistEntry entry, SlotView slot) {
        SlotBooking.HoldGranted hold;
        try {
            hold = slots.hold(slot.id(), settings.offerDuration(), booking.horizon());
        } catch (BookingFailure takenOrGone) {
            return Optional.empty();
        }
        Instant now = time.now();
        WaitlistOffer offer = new WaitlistOffer(
                UUID.randomUUID().toString(),
                entry.id(),
                slot.id(),
                hold.holdId(),
                slot.specialistId(),
                slot.startInstant(),
                slot.end().toInstant(),
                slot.timeZone(),
                slot.location(),
                slot.mode().name(),
                entry.consultationType(),
                entry.conditionId(),
                now,
                hold.expiresAt().toInstant(),
                OfferState.OPEN,
                null,
                null,
                entry.patientKey(),
                WaitlistOffer.pairKey(entry.id(), slot.id()),
                null);
        try {
            return Optional.of(offers.insert(offer, events.offered(offer)));
        } catch (DuplicateKeyException patientAlreadyHasOne) {
            slots.dropHold(slot.id(), hold.holdId());
            return Optional.empty();
        }
    }
}
