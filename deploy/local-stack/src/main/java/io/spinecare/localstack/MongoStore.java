package io.spinecare.localstack;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB-protocol store of the local stack: mongo-java-server on its H2 file backend, so bookings survive a
 * restart, handing out copies of what it finds ({@link SnapshotH2Backend}). It has no transactions and no TTL expiry;
 * the services are designed for that.
 */
final class MongoStore implements AutoCloseable {

    private final MongoServer server;

    private MongoStore(MongoServer server) {
        this.server = server;
    }

    static MongoStore start(Path file, int port) throws Exception {
        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(new SnapshotH2Backend(file.toString()));
        server.bind("localhost", port);
        return new MongoStore(server);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
