package io.spinecare.booking.waitlist;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.system.ClinicTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The patient's side of an offer, opened from the link in the offer's e-mail or SMS. */
@RestController
class OfferController implements OfferApiDocs {

    // Optional on purpose: a missing token answers like a wrong one (404), as for manage links.
    private static final String TOKEN = "X-Manage-Token";

    private final WaitlistOffers offers;
    private final WaitlistEntries entries;
    private final OfferTokens tokens;
    private final OfferEndings endings;
    private final OfferEvents events;
    private final ClinicTime time;

    OfferController(
            WaitlistOffers offers,
            WaitlistEntries entries,
            OfferTokens tokens,
            OfferEndings endings,
            OfferEvents events,
            ClinicTime time) {
        this.offers = offers;
        this.entries = entries;
        this.tokens = tokens;
        this.endings = endings;
        this.events = events;
        this.time = time;
    }

    @GetMapping("/api/waitlist/offers/{id}")
    @Override
    public OfferView view(@PathVariable String id, @RequestHeader(name = TOKEN, required = false) String token) {
        return viewOf(offer(id, token));
    }

    @PostMapping("/api/waitlist/offers/{id}/accept")
    @Override
    public Accepted accept(
            @PathVariable String id,
            @RequestHeader(name = TOKEN, required = false) String token,
            @RequestBody(required = false) AcceptRequest request) {
        WaitlistOffer offer = offer(id, token);
        return new Accepted(offer.id(), endings.accept(offer, request == null ? null : request.dateOfBirth()));
    }

    @PostMapping("/api/waitlist/offers/{id}/decline")
    @Override
    public OfferView decline(@PathVariable String id, @RequestHeader(name = TOKEN, required = false) String token) {
        endings.decline(offer(id, token));
        return viewOf(offer(id, token));
    }

    @PostMapping("/api/waitlist/offers/{id}/leave")
    @Override
    public OfferView leave(@PathVariable String id, @RequestHeader(name = TOKEN, required = false) String token) {
        endings.leave(offer(id, token));
        return viewOf(offer(id, token));
    }

    private WaitlistOffer offer(String id, String token) {
        WaitlistOffer offer = offers.find(id).orElse(null);
        if (!tokens.matches(token, offer == null ? null : offer.id())) {
            throw BookingFailure.notFound(
                    "offer-not-found",
                    "No waitlist offer with this id and token",
                    "No offer matches this id and token. Open the link from the offer's message.");
        }
        return offer;
    }

    private OfferView viewOf(WaitlistOffer offer) {
        WaitlistEntry entry = entries.find(offer.entryId()).orElseThrow();
        return OfferView.of(offer, entry, events, time.now());
    }
}
