package io.spinecare.booking.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The database side of the relay. A document is claimed through a lease document of its own in a
 * small collection ({@code outbox-leases}, keyed "collection:id"), so several instances never
 * publish one outbox at once, and the documents themselves are only ever read and changed by
 * {@code _id}: O(1) on both stores, whatever else the collection holds.
 */
final class OutboxClaims {

    static final String LEASES = "outbox-leases";

    /** A document claimed by this relay, with its pending entries in recording order. */
    record Claim(String collection, Object id, List<Document> entries) {
        String leaseKey() {
            return leaseKey(collection, id);
        }

        static String leaseKey(String collection, Object id) {
            return collection + ":" + id;
        }
    }

    private final MongoTemplate mongo;
    private final String owner;

    OutboxClaims(MongoTemplate mongo, String owner) {
        this.mongo = mongo;
        this.owner = owner;
        for (String collection : OutboxRelay.COLLECTIONS) {
            // For real MongoDB: the sweep reads only documents with pending entries (a multikey
            // index holds no key for an empty outbox). The embedded store scans instead (GOTCHAS).
            mongo.getCollection(collection)
                    .createIndex(Indexes.ascending(PENDING_FIELD), new IndexOptions().name(PENDING_INDEX));
        }
    }

    static final String PENDING_FIELD = OutboxEntry.FIELD + ".time";
    static final String PENDING_INDEX = "outbox-pending";

    /** The safety-net query: documents of the collection whose outbox is not empty. */
    static Bson pending() {
        return Filters.gte(PENDING_FIELD, new Date(0));
    }

    /** Ids of up to {@code limit} documents with pending entries: the sweep's candidates. */
    List<Object> pendingIds(String collection, int limit) {
        List<Object> ids = new ArrayList<>();
        mongo.getCollection(collection)
                .find(pending())
                .projection(Projections.include("_id"))
                .limit(limit)
                .forEach(document -> ids.add(document.get("_id")));
        return ids;
    }

    /** Claims one document; null when it has nothing pending or another relay holds it. */
    Claim claim(String collection, Object id, Instant now, Instant leaseUntil) {
        String key = Claim.leaseKey(collection, id);
        if (!lease(key, now, leaseUntil)) {
            return null;
        }
        Document document = mongo.getCollection(collection)
                .find(Filters.eq("_id", id))
                .projection(Projections.include(OutboxEntry.FIELD))
                .first();
        List<Document> entries =
                document == null ? List.of() : document.getList(OutboxEntry.FIELD, Document.class, List.of());
        if (entries.isEmpty()) {
            unlease(key);
            return null;
        }
        return new Claim(collection, id, entries);
    }

    /** Removes the published entries (and only those: new ones may have arrived), then frees the lease. */
    void complete(Claim claim, List<String> publishedIds) {
        if (!publishedIds.isEmpty()) {
            mongo.getCollection(claim.collection())
                    .updateOne(
                            Filters.eq("_id", claim.id()),
                            new Document("$pull", new Document(OutboxEntry.FIELD, Filters.in("id", publishedIds))));
        }
        unlease(claim.leaseKey());
    }

    private boolean lease(String key, Instant now, Instant until) {
        MongoCollection<Document> leases = mongo.getCollection(LEASES);
        Document mine = new Document("_id", key).append("owner", owner).append("until", Date.from(until));
        try {
            mongo.insert(mine, LEASES);
            return true;
        } catch (DuplicateKeyException held) {
            Document current = leases.find(Filters.eq("_id", key)).first();
            if (current == null || current.getDate("until").toInstant().isAfter(now)) {
                return false; // held by a live relay (or just released: the next round takes it)
            }
            // Expired: take it over only if nobody else did first (the small collection may scan).
            return leases.replaceOne(
                                    Filters.and(
                                            Filters.eq("_id", key),
                                            Filters.eq("owner", current.getString("owner")),
                                            Filters.eq("until", current.getDate("until"))),
                                    mine)
                            .getModifiedCount()
                    == 1;
        }
    }

    private void unlease(String key) {
        mongo.getCollection(LEASES).deleteOne(Filters.and(Filters.eq("_id", key), Filters.eq("owner", owner)));
    }
}
