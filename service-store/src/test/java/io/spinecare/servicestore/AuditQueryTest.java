package io.spinecare.servicestore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void noFilterMatchesEveryRecord() {
        assertThat(AuditQuery.criteria(new AuditFilter(null, null, null, null, null), KOLKATA)
                        .getCriteriaObject())
                .isEmpty();
    }

    @Test
    void filtersCombine() {
        Document query = AuditQuery.criteria(
                        new AuditFilter("desk-anita", "slot.block", "dr-meera-iyer", null, null), KOLKATA)
                .getCriteriaObject();

        assertThat(query)
                .containsEntry("staff", "desk-anita")
                .containsEntry("action", "slot.block")
                .containsEntry("targetId", "dr-meera-iyer")
                .doesNotContainKey("at");
    }

    @Test
    void daysAreClinicDaysBothInclusive() {
        Document at = (Document) AuditQuery.criteria(
                        new AuditFilter(null, null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)),
                        KOLKATA)
                .getCriteriaObject()
                .get("at");

        // Midnight in Kolkata is 18:30 UTC the evening before; "to" reaches the end of its day.
        assertThat(at)
                .containsEntry("$gte", Instant.parse("2026-11-30T18:30:00Z"))
                .containsEntry("$lt", Instant.parse("2026-12-03T18:30:00Z"));
    }

    @Test
    void eitherDayBoundAlone() {
        Document from = (Document) AuditQuery.criteria(
                        new AuditFilter(null, null, null, LocalDate.of(2026, 12, 1), null), ZoneId.of("UTC"))
                .getCriteriaObject()
                .get("at");
        Document to = (Document) AuditQuery.criteria(
                        new AuditFilter(null, null, null, null, LocalDate.of(2026, 12, 1)), ZoneId.of("UTC"))
                .getCriteriaObject()
                .get("at");

        assertThat(from).containsOnlyKeys("$gte");
        assertThat(to).containsOnlyKeys("$lt").containsEntry("$lt", Instant.parse("2026-12-02T00:00:00Z"));
    }
}
