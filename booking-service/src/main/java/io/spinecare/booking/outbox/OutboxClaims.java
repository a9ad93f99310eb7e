package io.spinecare.booking.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The database side of the relay: which documents have pending events, claiming one with a lease
 * so several service instances never publish the same outbox at once, and removing exactly the
 * entries that were published. Every step is a single-document conditional update.
 */
final class OutboxClaims {

    static final String LEASE = "relayLease";

    /** A document claimed by this relay, with its pending entries in recording order. */
    record Claim(String collection, Object id, List<Document> entries) {}

    private final MongoTemplate mongo;
    private final String owner;

    OutboxClaims(MongoTemplate mongo, String owner) {
        this.mongo = mongo;
        this.owner = owner;
    }

    /** Claims up to {@code limit} documents of the collection whose outbox is not empty. */
    List<Claim> claim(String collection, int limit, Instant now, Instant leaseUntil) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        List<Object> candidates = new ArrayList<>();
        documents
                .find(claimable(now))
                .projection(Projections.include("_id"))
                .limit(limit)
                .forEach(document -> candidates.add(document.get("_id")));
        List<Claim> claims = new ArrayList<>();
        var returnClaimed = new FindOneAndUpdateOptions()
                .returnDocument(ReturnDocument.AFTER)
                .projection(Projections.include(OutboxEntry.FIELD));
        for (Object id : candidates) {
            // Another instance may have claimed it since the query: the condition decides.
            Document claimed = documents.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", id), claimable(now)),
                    Updates.set(LEASE, new Document("owner", owner).append("until", Date.from(leaseUntil))),
                    returnClaimed);
            if (claimed != null) {
                claims.add(new Claim(collection, id, claimed.getList(OutboxEntry.FIELD, Document.class)));
            }
        }
        return claims;
    }

    /** Removes the published entries (and only those: new ones may have arrived) and frees the lease. */
    void complete(Claim claim, List<String> publishedIds) {
        MongoCollection<Document> documents = mongo.getCollection(claim.collection());
        Bson pull = new Document("$pull", new Document(OutboxEntry.FIELD, Filters.in("id", publishedIds)));
        Bson pullAndFree = Updates.combine(pull, Updates.unset(LEASE));
        var owned = documents.updateOne(
                Filters.and(Filters.eq("_id", claim.id()), Filters.eq(LEASE + ".owner", owner)), pullAndFree);
        if (owned.getMatchedCount() == 0 && !publishedIds.isEmpty()) {
            // Our lease ran out and another instance holds it now: still drop what we published.
            documents.updateOne(Filters.eq("_id", claim.id()), pull);
        }
    }

    private static Bson claimable(Instant now) {
        return Filters.and(
                Filters.exists(OutboxEntry.FIELD + ".0"),
                Filters.or(Filters.exists(LEASE, false), Filters.lt(LEASE + ".until", Date.from(now))));
    }
}
