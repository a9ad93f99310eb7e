package io.spinecare.booking.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One staff action, written once and never changed: who, when, what, on which record, and a short
 * before/after summary. Summaries hold ids, statuses and counts, never a patient's personal data.
 */
@Document("audit")
@Schema(name = "AuditRecord", description = "One recorded staff action.")
public record AuditRecord(
        @Id String id,
        Instant at,
        @Schema(description = "The staff user (the token's subject).", example = "desk-anita") String staff,
        @Schema(description = "What was done, `<target>.<verb>`.", example = "slot.block") String action,
        @Schema(example = "slot") String targetType,
        @Schema(example = "dr-meera-iyer-20261203T0430Z") String targetId,
        @Schema(example = "{\"status\": \"free\"}") Map<String, String> before,
        @Schema(example = "{\"status\": \"busy-unavailable\"}") Map<String, String> after) {}
