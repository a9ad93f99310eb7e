package io.spinecare.notification.support;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A plain Kafka producer writing CloudEvents 1.0 in binary mode, exactly as booking-service's relay does
 * per docs/events.md: {@code ce_*} headers, JSON body, key = appointment id.
 */
public final class EventProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventProducer() {
        Properties config = new Properties();
        config.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.backend().kafkaBootstrap());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(config);
    }

    public RecordMetadata send(AppointmentEventBuilder event) {
        return send(event.appointmentId(), cloudEventHeaders(event), event.bodyBytes());
    }

    public static Map<String, String> cloudEventHeaders(AppointmentEventBuilder event) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", event.eventId());
        headers.put("ce_source", "/spinecare/booking-service");
        headers.put("ce_type", event.type());
        headers.put("ce_subject", event.appointmentId());
        headers.put("ce_time", DateTimeFormatter.ISO_INSTANT.format(event.time()));
        headers.put("content-type", "application/json");
        return headers;
    }

    /** Any record at all, for poison and unknown-type tests. */
    public RecordMetadata send(String key, Map<String, String> headers, byte[] body) {
        return send(TestBackends.APPOINTMENTS, key, headers, body);
    }

    /** Any record on any topic (the waitlist's offers). */
    public RecordMetadata send(String topic, String key, Map<String, String> headers, byte[] body) {
        var record = new ProducerRecord<>(topic, key, body);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
