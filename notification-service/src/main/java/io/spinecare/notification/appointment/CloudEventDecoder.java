package io.spinecare.notification.appointment;

import io.spinecare.notification.privacy.PatientDataErasure;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CloudEvents 1.0 record in Kafka binary mode. Returns empty for a well-formed event of a type we
 * do not know; throws {@link UndecodableEventException} for anything that can never be processed.
 */
@Component
class CloudEventDecoder {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Validator validator;

    CloudEventDecoder(Validator validator) {
        this.validator = validator;
    }

    Optional<ReceivedEvent> decode(ConsumerRecord<String, byte[]> record) {
        String specVersion = header(record, "ce_specversion");
        if (!"1.0".equals(specVersion)) {
            throw new UndecodableEventException(
                    "ce_specversion must be 1.0, was " + (specVersion == null ? "absent" : "other"));
        }
        String ceType = required(record, "ce_type");
        Optional<AppointmentEventType> type = AppointmentEventType.fromCeType(ceType);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String id = required(record, "ce_id");
        String source = required(record, "ce_source");
        AppointmentEvent body = body(record.value());
        if (!type.get().ceType(body.schemaVersion()).equals(ceType)) {
            throw new UndecodableEventException("schemaVersion " + body.schemaVersion() + " does not match the type");
        }
        return Optional.of(new ReceivedEvent(id, source, type.get(), header(record, "ce_subject"), time(record), body));
    }

    /** The appointment id of an {@code io.spinecare.patient.erased.v1} event (its subject); empty for others. */
    Optional<String> erasedAppointment(ConsumerRecord<String, byte[]> record) {
        if (!PatientDataErasure.TYPE.equals(header(record, "ce_type"))) {
            return Optional.empty();
        }
        return Optional.of(required(record, "ce_subject"));
    }

    private AppointmentEvent body(byte[] value) {
        if (value == null || value.length == 0) {
            throw new UndecodableEventException("empty body");
        }
        AppointmentEvent body;
        try {
            body = json.readValue(value, AppointmentEvent.class);
        } catch (JacksonException e) {
            // Jackson's own message quotes the input, which may hold personal data: name the place only.
            throw new UndecodableEventException(
                    "body is not an AppointmentEvent: " + e.getClass().getSimpleName() + " at " + where(e));
        }
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new UndecodableEventException("invalid body: "
                    + violations.stream()
                            .map(ConstraintViolation::getPropertyPath)
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", ", "[", "]")));
        }
        try {
            ZoneId.of(body.timeZone());
        } catch (DateTimeException e) {
            throw new UndecodableEventException("invalid body: timeZone is not a known zone id");
        }
        if (!body.end().isAfter(body.start())) {
            throw new UndecodableEventException("invalid body: end is not after start");
        }
        return body;
    }

    private static String where(JacksonException e) {
        StringBuilder where = new StringBuilder("$");
        for (JacksonException.Reference ref : e.getPath()) {
            where.append(ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]");
        }
        TokenStreamLocation location = e.getLocation();
        if (location != null) {
            where.append(" (line ")
                    .append(location.getLineNr())
                    .append(", column ")
                    .append(location.getColumnNr())
                    .append(')');
        }
        return where.toString();
    }

    private static Instant time(ConsumerRecord<String, byte[]> record) {
        String time = header(record, "ce_time");
        if (time == null) {
            return Instant.ofEpochMilli(record.timestamp());
        }
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeException e) {
            throw new UndecodableEventException("ce_time is not RFC 3339");
        }
    }

    private static String required(ConsumerRecord<String, byte[]> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new UndecodableEventException("missing header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
