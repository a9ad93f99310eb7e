package io.spinecare.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's store answers a read while other connections update the same documents. Without copies, a read
 * answer held the stored document itself, which an update then changed while it was being written to the socket: the
 * store dropped the connection, and the driver stopped every operation for half a second to find the server again.
 */
class MongoStoreTest {

    @TempDir
    Path folder;

    @Test
    void readsAndUpdatesOfTheSameDocumentsNeverBreakAConnection() throws Exception {
        int port = freePort();
        try (MongoStore store = MongoStore.start(folder.resolve("store.mv"), port);
                MongoClient client = MongoClients.create(MongoClientSettings.builder()
                        .applyConnectionString(new ConnectionString("mongodb://localhost:" + port))
                        .retryReads(false) // a dropped answer must fail here, not be retried away
                        .build())) {
            MongoCollection<Document> slots = client.getDatabase("store-test").getCollection("slots");
            List<Document> seeded = new ArrayList<>();
            List<Document> history = new ArrayList<>();
            for (int h = 0; h < 200; h++) {
                history.add(new Document("at", h).append("by", "seed").append("note", "a line of the slot's history"));
            }
            for (int i = 0; i < 20; i++) {
                seeded.add(new Document("_id", "slot-" + i)
                        .append("status", "free")
                        .append("history", history));
            }
            slots.insertMany(seeded);

            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
            int threads = 16;
            CountDownLatch done = new CountDownLatch(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                int thread = t;
                pool.execute(() -> {
                    try {
                        for (int n = 0; System.nanoTime() < until; n++) {
                            if (thread % 2 == 0) {
                                slots.updateOne(
                                        Filters.eq("_id", "slot-" + (n % 20)),
                                        Updates.combine(
                                                Updates.set("status", n % 2 == 0 ? "held" : "free"),
                                                Updates.set("field-" + (n % 7), n),
                                                Updates.unset("field-" + ((n + 3) % 7))));
                            } else {
                                slots.find().into(new ArrayList<>());
                            }
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                    } finally {
                        done.countDown();
                    }
                });
            }
            assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            pool.shutdown();

            assertThat(failures).isEmpty();
            assertThat(slots.countDocuments()).isEqualTo(20);
        }
    }

    @Test
    void aDataFolderWrittenByThePublishedBackendReadsTheSame() throws Exception {
        Path file = folder.resolve("earlier.mv");
        int port = freePort();
        MongoServer earlier = new MongoServer(new H2Backend(file.toString()));
        earlier.bind("localhost", port);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            client.getDatabase("spinecare-booking")
                    .getCollection("appointments")
                    .insertOne(new Document("_id", "a-1").append("reference", "SC-1"));
        } finally {
            earlier.shutdown();
        }

        int again = freePort();
        try (MongoStore store = MongoStore.start(file, again);
                MongoClient client = MongoClients.create("mongodb://localhost:" + again)) {
            assertThat(client.getDatabase("spinecare-booking")
                            .getCollection("appointments")
                            .find(Filters.eq("_id", "a-1"))
                            .first())
                    .containsEntry("reference", "SC-1");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
