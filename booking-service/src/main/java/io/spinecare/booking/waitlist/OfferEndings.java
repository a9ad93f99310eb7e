package io.spinecare.booking.waitlist;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.patient.SystemBookings;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.system.ClinicTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * How an offer ends. Accepting books through the normal booking path with the offer's hold and the offer id as
 * Idempotency-Key (so a repeated click books once); declining or expiring gives the hold up, and the slot's
 * release wakes the matcher, which offers it to the next entry. Each ending is one conditional write, so two
 * requests (or a request and the sweep) never both end an offer.
 */
@Component
class OfferEndings {

    /** The actor written on the BOOKED history line of an appointment booked from an offer. */
    static final String ACTOR = "patient (waitlist offer)";

    private final WaitlistOffers offers;
    private final WaitlistEntries entries;
    private final OfferEvents events;
    private final SlotBooking slots;
    private final SystemBookings bookings;
    private final ClinicTime time;

    OfferEndings(
            WaitlistOffers offers,
            WaitlistEntries entries,
            OfferEvents events,
            SlotBooking slots,
            SystemBookings bookings,
            ClinicTime time) {
        this.offers = offers;
        this.entries = entries;
        this.events = events;
        this.slots = slots;
        this.bookings = bookings;
        this.time = time;
    }

    void expire(WaitlistOffer offer) {
        end(offer, OfferState.EXPIRED);
    }

    void decline(WaitlistOffer offer) {
        requireOpen(offer);
        if (!end(offer, OfferState.DECLINED)) {
            throw closed();
        }
    }

    /** Declines the offer if it is still open, and takes the entry off the list. */
    void leave(WaitlistOffer offer) {
        if (offer.state() == OfferState.OPEN) {
            end(offer, OfferState.DECLINED);
        }
        entries.leave(offer.entryId(), EntryState.LEFT, time.now());
    }

    /** Books the offered slot; answers the same appointment when the offer was accepted before. */
    SystemBookings.Booked accept(WaitlistOffer offer, LocalDate dateOfBirth) {
        if (offer.state() != OfferState.ACCEPTED) {
            requireOpen(offer);
        }
        WaitlistEntry entry = entry(offer);
        LocalDate born = entry.patient().dateOfBirth() != null ? entry.patient().dateOfBirth() : dateOfBirth;
        var p = entry.patient();
        SystemBookings.Booked booked = bookings.bookAs(
                ACTOR,
                new SystemBookings.Command(
                        offer.slotId(),
                        offer.holdId(),
                        offer.consultationType(),
                        offer.conditionId(),
                        new SystemBookings.Patient(p.name(), p.email(), p.phone(), born),
                        null,
                        null),
                OfferTokens.SUBJECT_PREFIX + offer.id());
        Instant now = time.now();
        // Booked: the offer is accepted even if the sweep found its time up a moment ago.
        offers.close(
                offer.id(),
                Set.of(OfferState.OPEN, OfferState.EXPIRED),
                OfferState.ACCEPTED,
                now,
                booked.id(),
                events.closed(offer, OfferState.ACCEPTED, booked.id()));
        entries.leave(entry.id(), EntryState.BOOKED, now);
        return booked;
    }

    private boolean end(WaitlistOffer offer, OfferState state) {
        Optional<WaitlistOffer> ended = offers.close(
                offer.id(), Set.of(OfferState.OPEN), state, time.now(), null, events.closed(offer, state, null));
        ended.ifPresent(o -> slots.dropHold(o.slotId(), o.holdId()));
        return ended.isPresent();
    }

    private WaitlistEntry entry(WaitlistOffer offer) {
        return entries.find(offer.entryId()).orElseThrow(() -> new IllegalStateException("offer without entry"));
    }

    private void requireOpen(WaitlistOffer offer) {
        if (!offer.openAt(time.now())) {
            throw closed();
        }
    }

    static BookingFailure closed() {
        return BookingFailure.conflict(
                "offer-closed",
                "This offer is no longer open",
                "The offer was accepted, declined or has expired; the slot may have gone to someone else.");
    }
}
