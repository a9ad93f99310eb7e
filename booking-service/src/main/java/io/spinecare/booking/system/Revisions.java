package io.spinecare.booking.system;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Compare-and-set on a whole document through ONE uniquely indexed field, {@code revision}
 * ("&lt;id&gt;@&lt;version&gt;"). A writer reads the document by id, decides in Java, and writes
 * with the filter {@code {revision: <what it read>}} while setting the next revision: of many
 * concurrent writers exactly one matches. A filter on a single unique field is O(1) on real
 * MongoDB and on mongo-java-server alike; {@code {_id, status}} would make the latter scan the
 * collection (docs/stack-notes.md, ADR 0200).
 */
public final class Revisions {

    public static final String FIELD = "revision";

    private Revisions() {}

    public static String of(String id, long version) {
        return id + "@" + version;
    }

    public static void ensureIndex(MongoTemplate mongo, Class<?> type) {
        mongo.indexOps(type).createIndex(new Index(FIELD, org.springframework.data.domain.Sort.Direction.ASC).unique());
    }

    /**
     * Applies {@code update} if the document still has {@code version}; false when another writer got
     * there first (the caller re-reads and decides again). The reply carries no document on purpose:
     * mongo-java-server encodes returned documents after releasing its lock, so a concurrent write
     * to the same document can break the reply of a write that did commit.
     */
    public static boolean applyIfUnchanged(MongoTemplate mongo, Class<?> type, String id, long version, Update update) {
        update.set(FIELD, of(id, version + 1)).set("version", version + 1);
        Query sameRevision = Query.query(Criteria.where(FIELD).is(of(id, version)));
        return mongo.updateFirst(sameRevision, update, type).getModifiedCount() == 1;
    }

    /** Deletes the document if it still has {@code version}. */
    public static boolean deleteIfUnchanged(MongoTemplate mongo, Class<?> type, String id, long version) {
        Query sameRevision = Query.query(Criteria.where(FIELD).is(of(id, version)));
        return mongo.remove(sameRevision, type).getDeletedCount() == 1;
    }
}
