package io.spinecare.notification.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One staff read of personal data, written once and never changed: who, when, what was read and how much. The same
 * shape as booking-service's record of staff actions, so the desk's audit view shows both alike (ADR 0230).
 */
@Document("audit")
@Schema(name = "AuditRecord", description = "One recorded staff read of a patient's delivery log.")
public record AuditRecord(
        @Id String id,
        Instant at,
        @Schema(description = "The staff user (the token's subject).", example = "desk-anita") String staff,
        @Schema(description = "What was done, `<target>.<verb>`.", example = "notifications.read") String action,
        @Schema(example = "appointment") String targetType,
        @Schema(description = "The appointment whose log was read.", example = "0b9f3c1e-2d4a-4c5b-8e7f-1a2b3c4d5e6f")
                String targetId,
        @Schema(description = "Empty: a read changes nothing.") Map<String, String> before,
        @Schema(description = "What the staff user was shown, as counts.", example = "{\"entries\": \"6\"}")
                Map<String, String> after) {}
