package io.spinecare.notification.audit;

import java.time.Clock;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Staff reads of patients' delivery logs (ADR 0230). Append-only: this class is the only writer of the {@code audit}
 * collection and it only inserts. A record names the appointment and counts what was shown; never an address, a
 * name or message text.
 */
@Service
public class AuditLog {

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        // one single-field index per filter, so each filter is an index look-up
        for (String field : new String[] {"at", "staff", "action", "targetId"}) {
            mongo.indexOps(AuditRecord.class).createIndex(new Index(field, Sort.Direction.ASC));
        }
    }

    /** Records that the signed-in staff user read {@code targetType} {@code targetId}; {@code shown} counts what. */
    public void read(String action, String targetType, String targetId, Map<String, String> shown) {
        mongo.insert(new AuditRecord(
                new ObjectId().toHexString(), // grows within an instance: orders records of the same instant
                clock.instant(),
                currentStaff(),
                action,
                targetType,
                targetId,
                Map.of(),
                Map.copyOf(shown)));
    }

    private static String currentStaff() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()) {
            throw new IllegalStateException("A staff read is recorded only with a signed-in staff user");
        }
        return signedIn.getName();
    }
}
