package io.spinecare.booking.outbox;

import io.spinecare.booking.support.KafkaBackend;
import io.spinecare.booking.support.MongoBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relay throughput and lag (not a test; run by hand, see README "Events"). A writer commits slot
 * documents each carrying one outbox entry stamped with the commit time, while the relay runs;
 * lag is commit → broker acknowledgement ({@code acks=all}). Uses the test backends (embedded
 * Kafka broker and mongo-java-server unless Docker is there).
 */
public final class OutboxRelayBenchmark {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        var client = com.mongodb.client.MongoClients.create(MongoBackend.connectionString());
        MongoTemplate mongo = new MongoTemplate(client, "spinecare-booking-benchmark");
        mongo.getCollection("slots").drop();
        var producers = new DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBackend.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
        EventProperties settings = new EventProperties(
                new EventProperties.Topics(
                        "bench.appointments", "bench.slots", "bench.waitlist", 3, (short) 1, Duration.ofDays(1), true),
                new EventProperties.Relay(true, Duration.ofMillis(50), 200, Duration.ofSeconds(60)));
        OutboxRelay relay = new OutboxRelay(
                mongo,
                new KafkaTemplate<>(producers),
                JsonMapper.builder().build(),
                settings,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
                EventTracing.none());

        Thread writer = new Thread(() -> {
            for (int n = 0; n < events; n++) {
                String id = "bench-" + n;
                Document entry = new Document("id", UUID.randomUUID().toString())
                        .append("topic", BookingEvent.SLOTS_TOPIC)
                        .append("key", id)
                        .append("type", "io.spinecare.slot.released.v1")
                        .append("subject", id)
                        .append("time", Date.from(Instant.now()))
                        .append("body", new Document("schemaVersion", 1).append("slotId", id));
                mongo.getCollection("slots").insertOne(new Document("_id", id).append("outbox", List.of(entry)));
            }
        });
        List<Long> lagsMicros = new ArrayList<>();
        long started = System.nanoTime();
        writer.start();
        while (lagsMicros.size() < events) {
            for (OutboxRelay.Published published : relay.relayOnce()) {
                lagsMicros.add(Duration.between(published.recordedAt(), published.ackedAt())
                                .toNanos()
                        / 1_000);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        lagsMicros.sort(null);
        System.out.printf(
                "relay: %d events in %.1f s = %.0f events/s; lag commit->ack p50 %.1f ms, p99 %.1f ms (%d cores)%n",
                events,
                seconds,
                events / seconds,
                lagsMicros.get(events / 2) / 1000.0,
                lagsMicros.get(events * 99 / 100) / 1000.0,
                Runtime.getRuntime().availableProcessors());
        producers.destroy();
        client.close();
        System.exit(0);
    }
}
