package io.spinecare.notification.delivery;

import io.spinecare.notification.system.NotificationProperties;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes {@code io.spinecare.notification.sent.v1} / {@code failed.v1} as CloudEvents (binary mode) on
 * {@code spinecare.notifications}, keyed by appointment id. The delivery's {@code outcomePublished} flag
 * is its outbox: set once Kafka acknowledged, republished by the dispatcher otherwise. The CloudEvent id
 * is derived from the delivery and outcome, so a republished event de-duplicates downstream.
 */
@Component
class OutcomePublisher {

    static final String SENT = "io.spinecare.notification.sent.v1";
    static final String FAILED = "io.spinecare.notification.failed.v1";
    private static final Logger log = LoggerFactory.getLogger(OutcomePublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final PublishedOutcomes published;
    private final String topic;
    private final JsonMapper json = JsonMapper.builder().build();

    OutcomePublisher(
            KafkaTemplate<String, byte[]> kafka, PublishedOutcomes published, NotificationProperties properties) {
        this.kafka = kafka;
        this.published = published;
        this.topic = properties.topics().notifications();
    }

    void publish(Delivery delivery, DeliveryStatus outcome, Instant at, String reason) {
        String type = outcome == DeliveryStatus.SENT ? SENT : FAILED;
        var body = new NotificationOutcome(
                1,
                delivery.id(),
                delivery.appointmentId(),
                delivery.sourceEventId(),
                delivery.kind().name(),
                delivery.channel().name(),
                at,
                outcome == DeliveryStatus.SENT ? null : reason);
        var record = new ProducerRecord<String, byte[]>(topic, delivery.appointmentId(), json.writeValueAsBytes(body));
        String eventId = UUID.nameUUIDFromBytes((delivery.id() + ":" + type).getBytes(StandardCharsets.UTF_8))
                .toString();
        headers(record.headers(), eventId, type, delivery.appointmentId(), at);
        kafka.send(record).whenComplete((result, error) -> {
            if (error == null) {
                published.acknowledged(delivery.id());
            } else {
                log.warn(
                        "Outcome of delivery {} not published yet: {}",
                        delivery.id(),
                        error.getClass().getSimpleName());
            }
        });
    }

    private static void headers(Headers headers, String id, String type, String subject, Instant at) {
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", id);
        add(headers, "ce_source", "/spinecare/notification-service");
        add(headers, "ce_type", type);
        add(headers, "ce_subject", subject);
        add(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(at));
        add(headers, "content-type", "application/json");
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Body of the notification events (docs/events.md): no recipient address, no message text. */
    record NotificationOutcome(
            int schemaVersion,
            String notificationId,
            String appointmentId,
            String sourceEventId,
            String kind,
            String channel,
            Instant at,
            String reason) {}
}
