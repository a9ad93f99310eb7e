package io.spinecare.booking.outbox;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * One event waiting in a document's {@code outbox} array until the relay has published it. The
 * {@code id} becomes the CloudEvents {@code ce_id}: stable across redeliveries, so consumers
 * de-duplicate on it. {@code body} is the JSON document exactly as it goes on the wire.
 */
public record OutboxEntry(
        @Field("id") String id, // kept as "id": Spring Data would store a nested "id" as "_id"
        String topic,
        String key,
        String type,
        String subject,
        Instant time,
        Map<String, Object> body,
        String traceparent) { // the W3C trace it was recorded in, or null (EventTracing)

    /** The name of the embedded array on every document that records events. */
    public static final String FIELD = "outbox";
}
