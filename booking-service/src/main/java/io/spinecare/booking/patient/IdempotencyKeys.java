package io.spinecare.booking.patient;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key}: the first request with a key fixes the appointment id it books under
 * and a hash of its body. A retry reuses that id, and every booking step is idempotent for a
 * given id (claiming the slot, inserting the appointment), so a retry returns the first
 * appointment and books nothing new, even when it races the first request or follows a crash.
 * Keys are kept for {@code spinecare.booking.idempotency.retention} (24 h by default).
 */
@Component
class IdempotencyKeys {

    @Document("idempotency-keys")
    record Claim(@Id String key, String requestHash, String appointmentId, Instant firstSeen) {}

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    private final MongoTemplate mongo;
    private final ClinicTime time;
    private final Duration retention;
    private final JsonMapper canonical = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    IdempotencyKeys(MongoTemplate mongo, ClinicTime time, BookingProperties settings) {
        this.mongo = mongo;
        this.time = time;
        this.retention = settings.idempotency().retention();
    }

    @Scheduled(
            initialDelayString = "${spinecare.booking.idempotency.cleanup-every:10m}",
            fixedDelayString = "${spinecare.booking.idempotency.cleanup-every:10m}")
    void scheduledCleanup() {
        long removed = removeExpired();
        if (removed > 0) {
            log.info("Removed {} expired idempotency keys", removed);
        }
    }

    /** Forgets every key first seen longer ago than the retention period. */
    long removeExpired() {
        Query expired = Query.query(Criteria.where("firstSeen").lte(time.now().minus(retention)));
        return mongo.remove(expired, Claim.class).getDeletedCount();
    }

    /** The appointment id to book under: the new one, or the first request's for a repeated key. */
    String appointmentIdFor(String key, BookingRequest request, String newAppointmentId, Instant now) {
        if (key == null) {
            return newAppointmentId;
        }
        if (!key.matches(Patterns.IDEMPOTENCY_KEY)) {
            throw BookingFailure.invalid(
                    "validation-failed",
                    "The request has invalid fields",
                    "Some fields are missing or invalid.",
                    List.of(new BookingFailure.FieldError(
                            "Idempotency-Key", "must be 8-100 letters, digits or . _ : -")));
        }
        String hash = hashOf(request);
        Claim claim = claim(new Claim(key, hash, newAppointmentId, now));
        if (claim.firstSeen().plus(retention).isBefore(now)) {
            // Expired but not cleaned up yet: forget exactly that claim, then the key is new again.
            mongo.remove(
                    Query.query(Criteria.where("_id").is(key).and("firstSeen").is(claim.firstSeen())), Claim.class);
            claim = claim(new Claim(key, hash, newAppointmentId, now));
        }
        if (!claim.requestHash().equals(hash)) {
            throw BookingFailure.refused(
                    "idempotency-key-reused",
                    "This Idempotency-Key was used for a different request",
                    "Use a new key for a new booking; repeat a key only to retry the very same request.");
        }
        return claim.appointmentId();
    }

    private Claim claim(Claim fresh) {
        try {
            return mongo.insert(fresh);
        } catch (DuplicateKeyException repeated) {
            Claim earlier = mongo.findById(fresh.key(), Claim.class);
            return earlier == null ? claim(fresh) : earlier; // removed meanwhile: try again
        } catch (DataAccessException failed) {
            // The embedded store reports two same-key inserts racing inside its index as a general error,
            // not a duplicate key: when the key is there now, the other insert won and this is a retry.
            Claim earlier = mongo.findById(fresh.key(), Claim.class);
            if (earlier == null) {
                throw failed;
            }
            return earlier;
        }
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
