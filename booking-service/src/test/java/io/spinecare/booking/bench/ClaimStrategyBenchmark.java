package io.spinecare.booking.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Why ADR 0200 claims slots through a unique {@code revision} key: the rate of single-slot claims on
 * mongo-java-server (memory backend) at growing collection sizes, comparing the filter
 * {@code {revision: "<id>@0"}} with the obvious {@code {_id: <id>, status: "FREE"}}.
 * Run with {@code booking-service/bench.sh claims} (see README).
 */
public final class ClaimStrategyBenchmark {

    private static final int CLAIMS = 2000;

    public static void main(String[] args) {
        MongoServer server = new MongoServer(new MemoryBackend());
        String uri = server.bindAndGetConnectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            System.out.printf("%nClaims per second, one thread, %d claims per run%n", CLAIMS);
            System.out.printf("%-10s %22s %22s%n", "slots", "{revision: r}", "{_id: x, status: FREE}");
            for (int size : new int[] {20_000, 10_000, 100_000}) { // the first run only warms the JIT up
                MongoCollection<Document> slots = client.getDatabase("bench").getCollection("slots-" + size);
                slots.createIndex(Indexes.ascending("revision"), new IndexOptions().unique(true));
                fill(slots, size);
                double byRevision = claims(slots, size, 0, i -> Filters.eq("revision", "s" + i + "@0"));
                double byIdAndStatus = claims(
                        slots, size, 1, i -> Filters.and(Filters.eq("_id", "s" + i), Filters.eq("status", "FREE")));
                System.out.printf("%-10d %20.0f/s %20.0f/s%n", size, byRevision, byIdAndStatus);
                System.out.flush();
            }
        } finally {
            server.shutdownNow();
        }
    }

    private static void fill(MongoCollection<Document> slots, int size) {
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(new Document("_id", "s" + i)
                    .append("revision", "s" + i + "@0")
                    .append("status", "FREE"));
            if (batch.size() == 5000) {
                slots.insertMany(batch);
                batch.clear();
            }
        }
    }

    /**
     * Claims slots spread at random over the collection (patients pick any slot, not the oldest),
     * even ones for one strategy and odd ones for the other, so they never touch the same slot.
     */
    private static double claims(
            MongoCollection<Document> slots, int size, int offset, java.util.function.IntFunction<Bson> filter) {
        java.util.Random random = new java.util.Random(7 + offset);
        java.util.Set<Integer> picked = new java.util.LinkedHashSet<>();
        while (picked.size() < CLAIMS) {
            picked.add(random.nextInt(size / 2) * 2 + offset);
        }
        long started = System.nanoTime();
        int claimed = 0;
        for (int i : picked) {
            Document result = slots.findOneAndUpdate(
                    filter.apply(i),
                    Updates.combine(Updates.set("status", "BUSY"), Updates.set("revision", "s" + i + "@1")));
            if (result != null) {
                claimed++;
            }
        }
        if (claimed != CLAIMS) {
            throw new IllegalStateException("claimed " + claimed);
        }
        return CLAIMS / ((System.nanoTime() - started) / 1e9);
    }
}
