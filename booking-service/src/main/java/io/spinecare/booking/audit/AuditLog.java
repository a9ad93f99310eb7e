package io.spinecare.booking.audit;

import io.spinecare.booking.system.ClinicTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The staff actions' record (ADR 0230). Append-only: this class is the only writer of the
 * {@code audit} collection and it only inserts. Call {@link #record} after a staff action succeeded;
 * the staff user is the signed-in token's subject.
 */
@Service
public class AuditLog {

    private static final Pattern ACTION = Pattern.compile("^[a-z]+(\\.[a-z-]+)+$");

    private final MongoTemplate mongo;
    private final ClinicTime time;

    AuditLog(MongoTemplate mongo, ClinicTime time) {
        this.mongo = mongo;
        this.time = time;
        // one single-field index per filter, so each filter is an index look-up
        for (String field : new String[] {"at", "staff", "action", "targetId"}) {
            mongo.indexOps(AuditRecord.class).createIndex(new Index(field, Sort.Direction.ASC));
        }
    }

    /**
     * Records one staff action.
     *
     * @param action {@code <target>.<verb>}, lower case, for example {@code slot.block}
     * @param targetType what was changed: {@code specialist}, {@code slot}, {@code appointment}, …
     * @param targetId its id (never a name, e-mail or phone number)
     * @param before the relevant state before, as ids, statuses and counts; empty for a creation
     * @param after the same after the action; equal to {@code before}, nothing changed and nothing is recorded
     */
    public void record(
            String action, String targetType, String targetId, Map<String, String> before, Map<String, String> after) {
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("An audit action reads <target>.<verb>: " + action);
        }
        if (before.equals(after)) {
            return; // a repeated block, release or edit that changed nothing
        }
        AuditRecord entry = new AuditRecord(
                new ObjectId().toHexString(), // grows within an instance: orders records of the same instant
                time.now(),
                currentStaff(),
                action,
                targetType,
                targetId,
                Map.copyOf(before),
                Map.copyOf(after));
        mongo.insert(entry);
    }

    /** A before/after summary from key, value pairs; a null value is left out. */
    public static Map<String, String> state(Object... keysAndValues) {
        Map<String, String> state = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                state.put(String.valueOf(keysAndValues[i]), String.valueOf(keysAndValues[i + 1]));
            }
        }
        return state;
    }

    private static String currentStaff() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()) {
            throw new IllegalStateException("A staff action is recorded only with a signed-in staff user");
        }
        return signedIn.getName();
    }
}
