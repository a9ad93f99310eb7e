package io.spinecare.booking.waitlist;

import io.spinecare.booking.audit.AuditLog;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.Catalogue;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Patients join the waitlist; staff read it, see each entry's offers, and offer a slot now. */
@RestController
class WaitlistController implements WaitlistApiDocs {

    private final MongoTemplate mongo;
    private final Catalogue catalogue;
    private final Specialists specialists;
    private final ClinicTime time;
    private final WaitlistMatcher matcher;
    private final WaitlistEntries entries;
    private final WaitlistOffers offers;
    private final AuditLog audit;

    WaitlistController(
            MongoTemplate mongo,
            Catalogue catalogue,
            Specialists specialists,
            ClinicTime time,
            WaitlistMatcher matcher,
            WaitlistEntries entries,
            WaitlistOffers offers,
            AuditLog audit) {
        this.mongo = mongo;
        this.catalogue = catalogue;
        this.specialists = specialists;
        this.time = time;
        this.matcher = matcher;
        this.entries = entries;
        this.offers = offers;
        this.audit = audit;
        // Sparse: entries from before the key existed have none, and must not collide with each other.
        mongo.indexOps(WaitlistEntry.class)
                .createIndex(
                        new Index("sameRequestKey", Sort.Direction.ASC).unique().sparse());
    }

    record Joined(String id, String status) {}

    @PostMapping("/api/waitlist")
    @ResponseStatus(HttpStatus.CREATED)
    @Override
    public Joined join(@RequestBody WaitlistRequest request) {
        if (catalogue.condition(request.conditionId()).isEmpty()) {
            throw BookingFailure.unknownReference("conditionId", "The catalogue has no such condition.");
        }
        if (request.specialistId() != null
                && specialists.find(request.specialistId()).isEmpty()) {
            throw BookingFailure.unknownReference("specialistId", "There is no such specialist.");
        }
        var p = request.patient();
        String key = WaitlistKeys.of(request);
        WaitlistEntry entry = new WaitlistEntry(
                UUID.randomUUID().toString(),
                request.conditionId(),
                request.consultationType(),
                request.specialistId(),
                request.earliest(),
                request.latest(),
                new WaitlistEntry.Contact(
                        p.name().trim(), p.email().trim(), p.phone().trim(), p.dateOfBirth()),
                time.now(),
                key,
                EntryState.WAITING,
                null);
        try {
            mongo.insert(entry);
        } catch (DuplicateKeyException sameRequestAgain) {
            // Joining twice is joining once: answer with the entry already there, exactly as the first time.
            entry = mongo.findOne(new Query(Criteria.where("sameRequestKey").is(key)), WaitlistEntry.class);
        }
        matcher.wake(); // a matching slot may be free already
        return new Joined(entry.id(), "waiting");
    }

    /** An entry with every offer it received, oldest first. */
    record EntryHistory(WaitlistEntry entry, List<DeskOfferLine> offers) {}

    @GetMapping("/api/desk/waitlist/{id}")
    @Override
    public EntryHistory history(@PathVariable String id) {
        WaitlistEntry entry = entries.find(id).orElseThrow(() -> entryNotFound(id));
        return new EntryHistory(
                entry, offers.forEntry(id).stream().map(DeskOfferLine::of).toList());
    }

    @PostMapping("/api/desk/waitlist/{id}/offer-now")
    @Override
    public EntryHistory offerNow(@PathVariable String id) {
        WaitlistEntry entry = entries.find(id).orElseThrow(() -> entryNotFound(id));
        Optional<WaitlistOffer> made =
                entry.state() == EntryState.WAITING && !offers.patientHasOpenOffer(entry.patientKey())
                        ? matcher.offerSlotTo(entry)
                        : Optional.empty();
        WaitlistOffer offer = made.orElseThrow(() -> BookingFailure.conflict(
                "no-slot-to-offer",
                "Nothing can be offered to this entry now",
                "The entry is not waiting, its patient has an open offer, or no matching slot is free."));
        // ids and states only (ADR 0230): the entry's contact details stay out of the record
        audit.record(
                "waitlist.offer-now",
                "waitlist-entry",
                id,
                AuditLog.state("state", entry.state()),
                AuditLog.state("state", entry.state(), "offerId", offer.id(), "slotId", offer.slotId()));
        return history(id);
    }

    private static BookingFailure entryNotFound(String id) {
        return BookingFailure.notFound(
                "waitlist-entry-not-found", "No such waitlist entry", "There is no waitlist entry '" + id + "'.");
    }

    @GetMapping("/api/desk/waitlist")
    @Override
    public List<WaitlistEntry> list() {
        return mongo.find(new Query().with(Sort.by("createdAt")).limit(500), WaitlistEntry.class);
    }
}
