package io.spinecare.booking.waitlist;

import io.spinecare.booking.slot.SlotBooking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The waitlist's personal data as the privacy rules see it (ADR 0212, docs/privacy.md): the contact of an offer's
 * patient for SpineCare's own services (offer events carry none), erasure of a patient's entries and offers, and
 * removal of entries that left the list long ago. Offers keep no contact details of their own; they go with their
 * entry so the desk's offer history never outlives the entry it belongs to.
 */
@Component
public class WaitlistPersonalData {

    /** Whom an offer is for: never logged. */
    public record Contact(String name, String email, String phone) {}

    /** How many entries, and offers of theirs, were removed. */
    public record Removed(long entries, long offers) {}

    private final MongoTemplate mongo;
    private final WaitlistOffers offers;
    private final SlotBooking slots;
    private final WaitlistMatcher matcher;

    WaitlistPersonalData(MongoTemplate mongo, WaitlistOffers offers, SlotBooking slots, WaitlistMatcher matcher) {
        this.mongo = mongo;
        this.offers = offers;
        this.slots = slots;
        this.matcher = matcher;
    }

    /** The patient of the offer's entry; empty for an unknown offer or an erased patient. */
    public Optional<Contact> contactOfOffer(String offerId) {
        return offers.find(offerId)
                .map(offer -> mongo.findById(offer.entryId(), WaitlistEntry.class))
                .map(WaitlistEntry::patient)
                .filter(p -> p.email() != null)
                .map(p -> new Contact(p.name(), p.email(), p.phone()));
    }

    /** Erases every entry with one of these e-mail addresses (case ignored) or phone numbers, and their offers. */
    public Removed erase(Collection<String> emails, Collection<String> phones) {
        List<Criteria> matches = new ArrayList<>();
        emails.forEach(e -> matches.add(Criteria.where("patient.email").regex(exactly(e))));
        phones.forEach(p -> matches.add(Criteria.where("patient.phone").is(p)));
        if (matches.isEmpty()) {
            return new Removed(0, 0);
        }
        return remove(Query.query(new Criteria().orOperator(matches)));
    }

    /** Removes up to {@code limit} entries that left the list before {@code cutoff}, with their offers. */
    public Removed removeClosedBefore(Instant cutoff, int limit) {
        return remove(Query.query(Criteria.where("state")
                        .ne(EntryState.WAITING)
                        .and("closedAt")
                        .lt(cutoff))
                .with(Sort.by("closedAt"))
                .limit(limit));
    }

    /**
     * Between sweeps, so no sweep offers a slot to an entry being removed: entries first, then their offers; an
     * open offer's held slot is given back last, and goes to the next entry rather than held for nobody.
     */
    private Removed remove(Query entriesQuery) {
        Removed[] removed = {new Removed(0, 0)};
        matcher.whileIdle(() -> {
            List<String> entryIds = mongo.find(entriesQuery, WaitlistEntry.class).stream()
                    .map(WaitlistEntry::id)
                    .toList();
            if (entryIds.isEmpty()) {
                return;
            }
            List<WaitlistOffer> theirOffers = offers.ofEntries(entryIds);
            long removedEntries = mongo.remove(Query.query(Criteria.where("_id").in(entryIds)), WaitlistEntry.class)
                    .getDeletedCount();
            long removedOffers = offers.removeOfEntries(entryIds);
            theirOffers.stream()
                    .filter(offer -> offer.state() == OfferState.OPEN)
                    .forEach(offer -> slots.dropHold(offer.slotId(), offer.holdId()));
            removed[0] = new Removed(removedEntries, removedOffers);
        });
        return removed[0];
    }

    /** E-mail addresses compare without case, as literal text (never a pattern the caller wrote). */
    private static Pattern exactly(String text) {
        return Pattern.compile("^" + Pattern.quote(text) + "$", Pattern.CASE_INSENSITIVE);
    }
}
