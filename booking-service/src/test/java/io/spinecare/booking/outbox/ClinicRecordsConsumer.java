package io.spinecare.booking.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How another clinic system (records, billing) would read SpineCare's stream: plain kafka-clients
 * and a JSON parser, nothing from SpineCare or Spring. It decodes the CloudEvents binary-mode
 * headers, parses the body and skips a redelivered event by {@code ce_source} + {@code ce_id}.
 */
final class ClinicRecordsConsumer implements AutoCloseable {

    /** One decoded event, as the other system keeps it. */
    record ClinicEvent(String id, String source, String type, String subject, Instant time, JsonNode body) {}

    private final KafkaConsumer<String, byte[]> consumer;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Set<String> seen = new HashSet<>();

    ClinicRecordsConsumer(String bootstrapServers, String group, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(properties);
        consumer.subscribe(List.of(topic));
    }

    /** Reads what is there now; returns the new (not yet seen) events in stream order. */
    List<ClinicEvent> poll() {
        List<ClinicEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            if (!"1.0".equals(header(record, "ce_specversion"))
                    || !"application/json".equals(header(record, "content-type"))) {
                continue; // not a CloudEvent we understand
            }
            ClinicEvent event = new ClinicEvent(
                    header(record, "ce_id"),
                    header(record, "ce_source"),
                    header(record, "ce_type"),
                    header(record, "ce_subject"),
                    Instant.parse(header(record, "ce_time")),
                    json.readTree(record.value()));
            if (seen.add(event.source() + " " + event.id())) {
                events.add(event);
            }
        }
        consumer.commitSync();
        return events;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
