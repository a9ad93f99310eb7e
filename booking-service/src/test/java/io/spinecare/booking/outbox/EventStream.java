package io.spinecare.booking.outbox;

import io.spinecare.booking.support.KafkaBackend;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * What tests read from the shared broker: every record appended to the event topics after the
 * stream was opened (the broker outlives each test, so older records are skipped), in order per
 * partition, through a plain {@link KafkaConsumer} with manual assignment.
 */
public final class EventStream implements AutoCloseable {

    static final List<String> TOPICS =
            List.of(BookingEvent.APPOINTMENTS_TOPIC, BookingEvent.SLOTS_TOPIC, BookingEvent.WAITLIST_TOPIC);

    /** A received record with its CloudEvents headers decoded. */
    public record Received(String topic, int partition, String key, Map<String, String> headers, String body) {
        public String id() {
            return headers.get("ce_id");
        }

        public String type() {
            return headers.get("ce_type");
        }

        public String subject() {
            return headers.get("ce_subject");
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Received> received = new ArrayList<>();

    private EventStream(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
    }

    /** Opens at the current end of both event topics. */
    public static EventStream fromNow() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBackend.bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !consumer.partitionsFor(topic)
                    .isEmpty());
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes "now" before the test acts
        return new EventStream(consumer);
    }

    /** Polls until the records received so far satisfy the condition; returns them all. */
    public List<Received> awaitUntil(Predicate<List<Received>> done, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            return done.test(received);
        });
        return List.copyOf(received);
    }

    /** Polls for a quiet while more, so extra (unexpected) records would show up too. */
    List<Received> settle(Duration quiet) {
        long until = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < until) {
            poll();
        }
        return List.copyOf(received);
    }

    static boolean containsIds(List<Received> received, Collection<String> ids) {
        return received.stream().map(Received::id).toList().containsAll(ids);
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
            received.add(new Received(
                    record.topic(),
                    record.partition(),
                    record.key(),
                    headers,
                    new String(record.value(), StandardCharsets.UTF_8)));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
