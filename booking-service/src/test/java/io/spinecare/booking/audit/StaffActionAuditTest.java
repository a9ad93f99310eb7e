package io.spinecare.booking.audit;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.StaffTokens;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StaffActionAuditTest extends IntegrationTest {

    private List<JsonNode> records(String query) {
        Api.Reply reply = desk.get("/api/desk/audit?" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body().path("items").valueStream().toList();
    }

    @Test
    void blockingAndReleasingASlotRecordTheStaffUserAndTheStatusBeforeAndAfter() {
        String slotId = fixtures.oneSlot();
        Api.Reply blocked = desk.post("/api/desk/slots/" + slotId + "/block", map("reason", "called to theatre"));
        assertThat(blocked.status()).isEqualTo(200);
        desk.postEmpty("/api/desk/slots/" + slotId + "/release");

        List<JsonNode> found = records("targetId=" + slotId);

        assertThat(found).extracting(r -> r.path("action").asString()).containsExactly("slot.release", "slot.block");
        JsonNode block = found.get(1);
        assertThat(block.path("staff").asString()).isEqualTo("desk-anita");
        assertThat(block.path("targetType").asString()).isEqualTo("slot");
        assertThat(block.path("before").path("status").asString()).isEqualTo("free");
        assertThat(block.path("after").path("status").asString()).isEqualTo("busy-unavailable");
        assertThat(found.get(0).path("after").path("status").asString()).isEqualTo("free");
    }

    @Test
    void specialistAvailabilityAndExceptionChangesAreRecordedWithTheirBefore() {
        fixtures.specialist("dr-rao").create();
        desk.put("/api/desk/specialists/dr-rao/availability", Fixtures.weekdays("09:00", "13:00", null));
        desk.put("/api/desk/specialists/dr-rao/availability", Fixtures.weekdays("14:00", "17:00", null));
        desk.post(
                "/api/desk/specialists/dr-rao/exceptions",
                map("from", "2030-06-05", "to", "2030-06-05", "reason", "LEAVE"));
        desk.post("/api/desk/slots/generate", map("specialistId", "dr-rao", "from", "2030-06-03", "to", "2030-06-04"));

        List<JsonNode> found = records("targetId=dr-rao");

        assertThat(found)
                .extracting(r -> r.path("action").asString())
                .containsExactly(
                        "slot.generate",
                        "specialist.exception-add",
                        "specialist.availability",
                        "specialist.availability",
                        "specialist.create");
        JsonNode secondEdit = found.get(2);
        assertThat(secondEdit.path("before").path("weekly").asString()).contains("MONDAY 09:00-13:00");
        assertThat(secondEdit.path("after").path("weekly").asString())
                .contains("MONDAY 14:00-17:00")
                .doesNotContain("09:00");
        assertThat(found.get(1).path("after").path("exceptionIds").asString()).isNotBlank();
        assertThat(found.get(0).path("after").path("created").asInt()).isPositive();
    }

    @Test
    void appointmentActionsRecordTheirStatusesButNoPersonalData() {
        Api.Reply booked =
                api.post("/api/appointments", booking(fixtures.oneSlot()).build());
        String id = booked.string("id");
        clock.set(Instant.parse("2030-06-05T03:00:00Z")); // on the day
        desk.postEmpty("/api/desk/appointments/" + id + "/check-in");
        desk.postEmpty("/api/desk/appointments/" + id + "/complete");

        Api.Reply reply = desk.get("/api/desk/audit?targetId=" + id);

        List<JsonNode> found = reply.body().path("items").valueStream().toList();
        assertThat(found)
                .extracting(r -> r.path("action").asString())
                .containsExactly("appointment.complete", "appointment.check-in");
        assertThat(found.get(1).path("before").path("status").asString()).isEqualTo("pending");
        assertThat(found.get(1).path("after").path("status").asString()).isEqualTo("arrived");
        assertThat(found.get(0).path("after").path("status").asString()).isEqualTo("fulfilled");
        assertThat(reply.text()).doesNotContain("Asha", "asha@example.org", "98765");
    }

    @Test
    void aRefusedActionRecordsNothing() {
        String id = api.post("/api/appointments", booking(fixtures.oneSlot()).build())
                .string("id");

        assertThat(desk.postEmpty("/api/desk/appointments/" + id + "/check-in").status())
                .isEqualTo(409); // not on the day

        assertThat(records("targetId=" + id)).isEmpty();
    }

    @Test
    void anActionThatChangedNothingRecordsNothing() {
        String slotId = fixtures.oneSlot();
        desk.post("/api/desk/slots/" + slotId + "/block", map());

        assertThat(desk.post("/api/desk/slots/" + slotId + "/block", map()).status())
                .isEqualTo(200);

        assertThat(records("targetId=" + slotId)).hasSize(1);
    }

    @Test
    void filtersCombineAndPagesCountTheWhole() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        for (String slotId : slots.subList(0, 3)) {
            desk.post("/api/desk/slots/" + slotId + "/block", map());
        }
        Api.Reply other = api.withBearer(StaffTokens.token("desk-ravi", List.of("front-desk")))
                .post("/api/desk/slots/" + slots.get(3) + "/block", map());
        assertThat(other.status()).isEqualTo(200);

        Api.Reply page = desk.get("/api/desk/audit?action=slot.block&staff=desk-anita&size=2&page=1");

        assertThat(page.body().path("total").asLong()).isEqualTo(3);
        assertThat(page.body().path("items").size()).isEqualTo(1);
        assertThat(records("action=slot.block&staff=desk-ravi"))
                .extracting(r -> r.path("targetId").asString())
                .containsExactly(slots.get(3));
        assertThat(records("action=slot.block&from=2030-06-04&to=2030-06-04")).isEmpty();
        assertThat(records("action=slot.block&from=2030-06-03&to=2030-06-03")).hasSize(4);
    }

    @Test
    void onlyStaffReadTheRecordAndBadFiltersAreProblems() {
        assertThat(api.get("/api/desk/audit").status()).isEqualTo(401);

        Api.Reply tooBig = desk.get("/api/desk/audit?size=1000");
        Api.Reply badDate = desk.get("/api/desk/audit?from=12-03");

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
    }
}
