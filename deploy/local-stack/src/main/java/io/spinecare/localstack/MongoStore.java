package io.spinecare.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB-protocol store of the local stack: mongo-java-server on its H2 file backend, so bookings survive a
 * restart. It has no transactions and no TTL expiry; the services are designed for that (see GOTCHAS).
 */
final class MongoStore implements AutoCloseable {

    private final MongoServer server;

    private MongoStore(MongoServer server) {
        this.server = server;
    }

    static MongoStore start(Path file, int port) throws Exception {
        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("localhost", port);
        return new MongoStore(server);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
