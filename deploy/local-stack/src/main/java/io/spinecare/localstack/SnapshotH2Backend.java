package io.spinecare.localstack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, handing out copies of the documents a read or an update finds. As published, a
 * read's answer holds the stored documents themselves and an update changes a stored document in place, so an update
 * running while that answer is written to the socket breaks the write (ConcurrentModificationException): the store
 * drops the connection, and the client's driver stops every operation for half a second to find the server again.
 * With copies, an update changes its own copy and stores it; answers already taken keep what they read.
 */
final class SnapshotH2Backend extends H2Backend {

    /**
     * The services' databases share one file. With H2's default page cache (16 MB) their working sets evict each
     * other: on the benchmark's data (63 k appointments, 49 k deliveries), the relay's sweep over the outboxes, which
     * scans on this store, took 0.6 to 3 s while the deliveries were read in between, and 40 to 190 ms with this
     * cache. A scan holds its collection, so the relay and every booking waited as long.
     */
    static final int CACHE_MB = 256;

    SnapshotH2Backend(String file) {
        super(new MVStore.Builder().fileName(file).cacheSize(CACHE_MB).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new SnapshotDatabase(name, getMvStore(), getCursorRegistry());
    }

    /** Inner: its super constructor opens collections already, before a field of its own could be set. */
    private final class SnapshotDatabase extends H2Database {

        SnapshotDatabase(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        /** The same maps the published backend opens, so a data folder written before reads the same. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(name);
            return new SnapshotCollection(
                    this,
                    name,
                    options,
                    getMvStore().openMap("databases." + namespace),
                    getMvStore().openMap("meta." + namespace),
                    cursorRegistry);
        }
    }

    private static final class SnapshotCollection extends H2Collection {

        SnapshotCollection(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        /** A document found through an index (by {@code _id}, say). */
        @Override
        protected Document getDocument(Object position) {
            Document stored = super.getDocument(position);
            return stored == null ? null : stored.cloneDeeply();
        }

        /** The documents a scan matches; only those are copied, not every one it passes. */
        @Override
        protected QueryResult matchDocumentsFromStream(
                Stream<Document> documents,
                Document query,
                Document orderBy,
                int skip,
                int limit,
                int batchSize,
                Document fieldSelector) {
            return super.matchDocumentsFromStream(
                    documents
                            .filter(document -> documentMatchesQuery(document, query))
                            .map(Document::cloneDeeply),
                    query,
                    orderBy,
                    skip,
                    limit,
                    batchSize,
                    fieldSelector);
        }
    }
}
