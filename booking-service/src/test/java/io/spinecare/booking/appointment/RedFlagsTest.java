package io.spinecare.booking.appointment;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Red-flag answers are triaged in tiers (ADR 0210): emergency books nothing, urgent books flagged for staff. */
class RedFlagsTest extends IntegrationTest {

    @Test
    void anEmergencyAnswerGivesTheEmergencyAdviceAndBooksNothing() {
        String slotId = fixtures.oneSlot();

        Api.Reply reply = api.post(
                "/api/appointments",
                booking(slotId)
                        .patientName("Emergency Patient")
                        .redFlag("saddle-numbness", true)
                        .redFlag("night-pain", true)
                        .build());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/emergency-care-advised");
        JsonNode care = reply.body().path("urgentCare");
        assertThat(care.path("tier").asString()).isEqualTo("EMERGENCY");
        assertThat(care.path("advice").asString()).contains("emergency department now");
        assertThat(care.path("nextSteps").asString()).contains("Nothing has been booked");
        assertThat(ids(care.path("redFlags"))).containsExactlyInAnyOrder("saddle-numbness", "night-pain");
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("free");
        assertThat(desk.get("/api/desk/appointments?q=Emergency").body()).isEmpty();
        assertThat(desk.get("/api/desk/reviews").body()).isEmpty();
    }

    @Test
    void anUrgentAnswerBooksTheSlotFlaggedWithTheUrgentAdviceAndWhatHappensNext() {
        String slotId = fixtures.oneSlot();

        Api.Reply reply = api.post(
                "/api/appointments",
                booking(slotId)
                        .withRecentLumbarMri()
                        .redFlag("saddle-numbness", false)
                        .redFlag("cancer-history", true)
                        .build());

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.string("status")).isEqualTo("pending");
        assertThat(reply.body().path("urgentReview").asBoolean()).isTrue();
        assertThat(reply.body().path("reviewAcknowledged").asBoolean()).isFalse();
        JsonNode care = reply.body().path("urgentCare");
        assertThat(care.path("tier").asString()).isEqualTo("URGENT");
        assertThat(care.path("reviewWithinHours").asInt()).isEqualTo(24);
        assertThat(care.path("advice").asString()).doesNotContain("emergency department now");
        assertThat(care.path("nextSteps").asString()).contains("urgent review");
        assertThat(ids(care.path("redFlags"))).containsExactly("cancer-history");
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("busy");

        Api.Reply manage = api.get(
                "/api/appointments/" + reply.string("reference"), "X-Manage-Token", reply.string("manageToken"));
        assertThat(manage.body().path("urgentCare").path("nextSteps").asString())
                .contains("contact you");
    }

    @Test
    void urgentBookingsComeFirstOnTheAgendaAndInDeskSearch() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        api.post(
                "/api/appointments",
                booking(slots.get(0)).patientName("Routine Early").build());
        api.post(
                "/api/appointments",
                booking(slots.get(3))
                        .patientName("Urgent Later")
                        .redFlag("night-pain", true)
                        .build());

        JsonNode agenda = desk.get("/api/desk/agenda?date=" + Fixtures.CLINIC_DAY + "&specialistId=dr-rao")
                .body()
                .path("slots");
        assertThat(agenda.get(0).path("id").asString()).isEqualTo(slots.get(3));
        assertThat(agenda.get(0).path("appointment").path("urgentReview").asBoolean())
                .isTrue();
        assertThat(agenda.get(0).path("appointment").path("reviewAcknowledged").asBoolean())
                .isFalse();
        assertThat(agenda.get(1).path("id").asString()).isEqualTo(slots.get(0));

        JsonNode found = desk.get("/api/desk/appointments?q=example").body();
        assertThat(found.get(0).path("urgentReview").asBoolean()).isTrue();
        assertThat(found.get(1).path("urgentReview").asBoolean()).isFalse();
    }

    @Test
    void staffAcknowledgeAnUrgentReviewAndTheHistoryRecordsWho() {
        Api.Reply booked = api.post(
                "/api/appointments",
                booking(fixtures.oneSlot()).redFlag("night-pain", true).build());
        String id = booked.string("id");

        JsonNode queue = desk.get("/api/desk/reviews").body();
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).path("id").asString()).isEqualTo(id);
        assertThat(queue.get(0).path("urgentCare").path("tier").asString()).isEqualTo("URGENT");
        assertThat(queue.get(0).path("reviewBy").asString()).isNotBlank();

        Api.Reply acknowledged = desk.post(
                "/api/desk/appointments/" + id + "/acknowledge-review", Api.map("note", "called, seen Monday"));
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.body().path("reviewAcknowledged").asBoolean()).isTrue();
        assertThat(acknowledged.string("status")).isEqualTo("pending");
        JsonNode last = acknowledged.body().path("history").get(1);
        assertThat(last.path("action").asString()).isEqualTo("REVIEW_ACKNOWLEDGED");
        assertThat(last.path("actor").asString()).isEqualTo("staff:desk-anita");
        assertThat(last.path("reason").asString()).isEqualTo("called, seen Monday");

        assertThat(desk.get("/api/desk/reviews").body()).isEmpty();
        Api.Reply again = desk.postEmpty("/api/desk/appointments/" + id + "/acknowledge-review");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).endsWith("/review-already-acknowledged");
        Api.Reply patientView = api.get(
                "/api/appointments/" + booked.string("reference"), "X-Manage-Token", booked.string("manageToken"));
        assertThat(patientView.body().path("reviewAcknowledged").asBoolean()).isTrue();
    }

    @Test
    void onlyFlaggedAppointmentsCanBeAcknowledgedAndOnlyByStaff() {
        String routine = api.post(
                        "/api/appointments", booking(fixtures.oneSlot()).build())
                .string("id");

        Api.Reply notFlagged = desk.postEmpty("/api/desk/appointments/" + routine + "/acknowledge-review");
        assertThat(notFlagged.status()).isEqualTo(409);
        assertThat(notFlagged.problemType()).endsWith("/no-urgent-review");
        assertThat(desk.postEmpty("/api/desk/appointments/nope/acknowledge-review")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/desk/reviews").status()).isEqualTo(401);
        assertThat(api.postEmpty("/api/desk/appointments/" + routine + "/acknowledge-review")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void allRedFlagsAnsweredNoIsARoutineBooking() {
        Api.Reply reply = api.post(
                "/api/appointments",
                booking(fixtures.oneSlot())
                        .withRecentLumbarMri()
                        .redFlag("saddle-numbness", false)
                        .build());

        assertThat(reply.string("status")).isEqualTo("booked");
        assertThat(reply.body().path("urgentReview").asBoolean()).isFalse();
        assertThat(reply.body().has("urgentCare")).isFalse();
        assertThat(desk.get("/api/desk/reviews").body()).isEmpty();
    }

    @Test
    void anUnknownRedFlagIsRefused() {
        String slotId = fixtures.oneSlot();

        Api.Reply reply = api.post(
                "/api/appointments",
                booking(slotId).redFlag("made-up-flag", true).build());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/unknown-reference");
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("free");
    }

    private static List<String> ids(JsonNode flags) {
        List<String> ids = new ArrayList<>();
        flags.forEach(flag -> ids.add(flag.path("id").asString()));
        return ids;
    }
}
