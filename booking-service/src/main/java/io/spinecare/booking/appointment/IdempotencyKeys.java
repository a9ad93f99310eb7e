package io.spinecare.booking.appointment;

import io.spinecare.booking.web.FieldProblem;
import io.spinecare.booking.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key}: the first request with a key fixes the appointment id it books under
 * and a hash of its body. A retry reuses that id, and every booking step is idempotent for a
 * given id (claiming the slot, inserting the appointment), so a retry returns the first
 * appointment and books nothing new, even when it races the first request or follows a crash.
 */
@Component
class IdempotencyKeys {

    @Document("idempotency-keys")
    record Claim(@Id String key, String requestHash, String appointmentId, Instant firstSeen) {}

    private final MongoTemplate mongo;
    private final JsonMapper canonical = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    IdempotencyKeys(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The appointment id to book under: the new one, or the first request's for a repeated key. */
    String appointmentIdFor(String key, BookingRequest request, String newAppointmentId, Instant now) {
        if (key == null) {
            return newAppointmentId;
        }
        if (!key.matches(Patterns.IDEMPOTENCY_KEY)) {
            throw ProblemException.badRequest(
                    "validation-failed",
                    "The request has invalid fields",
                    "Some fields are missing or invalid.",
                    List.of(new FieldProblem("Idempotency-Key", "must be 8-100 letters, digits or . _ : -")));
        }
        String hash = hashOf(request);
        Claim claim;
        try {
            claim = mongo.insert(new Claim(key, hash, newAppointmentId, now));
        } catch (DuplicateKeyException repeated) {
            claim = mongo.findById(key, Claim.class);
        }
        if (!claim.requestHash().equals(hash)) {
            throw ProblemException.unprocessable(
                    "idempotency-key-reused",
                    "This Idempotency-Key was used for a different request",
                    "Use a new key for a new booking; repeat a key only to retry the very same request.");
        }
        return claim.appointmentId();
    }

    private String hashOf(BookingRequest request) {
        try {
            byte[] json = canonical.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
