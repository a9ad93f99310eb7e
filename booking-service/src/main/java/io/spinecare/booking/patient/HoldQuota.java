package io.spinecare.booking.patient;

import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.booking.web.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * At most {@code holds-per-client} unexpired holds granted to one client address (ADR 0221), so one client cannot
 * keep the calendar busy. Each grant is a small document that counts until the hold would expire, even once the
 * hold was used for a booking; expired grants (client addresses are personal data) are deleted with every new
 * hold, so the collection stays as small as the number of live holds. Two holds asked for at
 * the same instant by one client may both pass: the cap is a brake on abuse, not an exact count.
 */
@Component
public class HoldQuota {

    @Document("holdGrants")
    record Grant(@Id String holdId, String client, Instant expiresAt) {}

    private final MongoTemplate mongo;
    private final BookingProperties settings;
    private final ClinicTime time;

    HoldQuota(MongoTemplate mongo, BookingProperties settings, ClinicTime time) {
        this.mongo = mongo;
        this.settings = settings;
        this.time = time;
        mongo.indexOps(Grant.class).createIndex(new Index("client", Sort.Direction.ASC));
    }

    /** Grants the hold if the client is under its cap, and counts it; otherwise 429 with the wait. */
    public SlotBooking.HoldGranted hold(String client, Supplier<SlotBooking.HoldGranted> grant) {
        Instant now = time.now();
        mongo.remove(Query.query(Criteria.where("expiresAt").lte(now)), Grant.class);
        List<Instant> live = mongo.find(Query.query(Criteria.where("client").is(client)), Grant.class).stream()
                .map(Grant::expiresAt)
                .sorted(Comparator.naturalOrder())
                .toList();
        if (live.size() >= settings.holdsPerClient()) {
            throw new TooManyRequests(
                    "This client already holds " + live.size() + " slots; book one or wait for a hold to expire.",
                    Duration.between(now, live.get(0)));
        }
        SlotBooking.HoldGranted granted = grant.get();
        mongo.insert(new Grant(granted.holdId(), client, now.plus(settings.holdDuration())));
        return granted;
    }
}
