package io.spinecare.booking.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a stored outbox entry into a Kafka record in CloudEvents 1.0 binary mode (docs/events.md):
 * attributes as {@code ce_*} headers, the event body as the JSON value, the subject as the key.
 * Written by hand because the CloudEvents SDK does not run on Jackson 3 / Spring 7 (docs/stack-notes.md).
 */
final class CloudEventRecords {

    static final String SOURCE = "/spinecare/booking-service";
    static final String SPEC_VERSION = "1.0";
    static final String CONTENT_TYPE = "application/json";

    private final JsonMapper json;
    private final EventProperties.Topics topics;

    CloudEventRecords(JsonMapper json, EventProperties.Topics topics) {
        this.json = json;
        this.topics = topics;
    }

    ProducerRecord<String, byte[]> recordOf(Document entry) {
        String subject = entry.getString("subject");
        List<Header> headers = List.of(
                header("ce_specversion", SPEC_VERSION),
                header("ce_id", entry.getString("id")),
                header("ce_source", SOURCE),
                header("ce_type", entry.getString("type")),
                header("ce_subject", subject),
                header("ce_time", timeOf(entry)),
                header("content-type", CONTENT_TYPE));
        byte[] body = json.writeValueAsBytes(entry.get("body", Document.class));
        String key = entry.getString("key") == null ? subject : entry.getString("key");
        return new ProducerRecord<>(topics.nameOf(entry.getString("topic")), null, key, body, headers);
    }

    /** RFC 3339 in UTC, e.g. {@code 2030-06-03T03:30:00Z}. */
    private static String timeOf(Document entry) {
        Object time = entry.get("time");
        return time instanceof Date date ? date.toInstant().toString() : String.valueOf(time);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
