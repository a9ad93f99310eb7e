package io.spinecare.booking.series;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Every desk series action leaves one audit record of ids and statuses, and nothing of the patient (ADR 0230). */
class SeriesDeskAuditTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    SeriesClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new SeriesClinic(api, desk, fixtures, context);
        clinic.specialists();
    }

    @Test
    void recordingASurgerySettingAVisitsSlotAndCancellingAreAuditedWithIdsOnly() {
        clinic.slotsForFusion("review-6-months");
        String appointmentId = clinic.appointment("Meera Iyer", 0);
        JsonNode series = clinic.recordFusion(appointmentId).body();
        String id = series.path("id").asString();
        clinic.slots(SeriesClinic.COLLEAGUE, LocalDate.of(2030, 12, 2), LocalDate.of(2030, 12, 2));
        String slot = fixtures.slotIds(SeriesClinic.COLLEAGUE, LocalDate.of(2030, 12, 2))
                .get(0);
        Api.Reply set = desk.post("/api/desk/series/" + id + "/visits/review-6-months/slot", map("slotId", slot));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        Api.Reply cancelled = desk.postEmpty("/api/desk/series/" + id + "/cancel");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        Api.Reply reply = desk.get("/api/desk/audit?targetId=" + id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonNode> found = reply.body().path("items").valueStream().toList();

        assertThat(found)
                .extracting(r -> r.path("action").asString())
                .containsExactly("series.cancel", "series.visit-slot", "series.record-surgery");
        assertThat(found).allSatisfy(r -> {
            assertThat(r.path("staff").asString()).isEqualTo("desk-anita");
            assertThat(r.path("targetType").asString()).isEqualTo("series");
        });
        JsonNode recorded = found.get(2).path("after");
        assertThat(recorded.path("appointmentId").asString()).isEqualTo(appointmentId);
        assertThat(recorded.path("procedureId").asString()).isEqualTo("spinal-fusion");
        assertThat(recorded.path("surgeonId").asString()).isEqualTo(SeriesClinic.SURGEON);
        assertThat(recorded.path("unresolvedVisits").asString()).isEqualTo("1");
        JsonNode slotSet = found.get(1);
        assertThat(slotSet.path("before").has("slotId"))
                .as("the visit had no slot")
                .isFalse();
        assertThat(slotSet.path("after").path("visitId").asString()).isEqualTo("review-6-months");
        assertThat(slotSet.path("after").path("slotId").asString()).isEqualTo(slot);
        assertThat(found.get(0).path("before").path("status").asString()).isEqualTo("proposed");
        assertThat(found.get(0).path("after").path("status").asString()).isEqualTo("cancelled");
        assertThat(reply.text()).doesNotContain("Meera").doesNotContain("Iyer").doesNotContain("@");
    }

    @Test
    void aRefusedDeskActionRecordsNothing() {
        clinic.slotsForFusion();
        JsonNode series =
                clinic.recordFusion(clinic.appointment("Meera Iyer", 0)).body();
        String id = series.path("id").asString();

        Api.Reply refused =
                desk.post("/api/desk/series/" + id + "/visits/wound-check/slot", map("slotId", "no-such-slot"));
        assertThat(refused.status()).as(refused.toString()).isBetween(400, 499);

        Api.Reply reply = desk.get("/api/desk/audit?targetId=" + id);
        assertThat(reply.body().path("items").valueStream().map(r -> r.path("action")
                        .asString()))
                .containsExactly("series.record-surgery");
    }
}
