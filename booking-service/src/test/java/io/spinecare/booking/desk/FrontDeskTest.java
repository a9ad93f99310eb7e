package io.spinecare.booking.desk;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FrontDeskTest extends IntegrationTest {

    private String book(boolean withScans) {
        var request = booking(fixtures.oneSlot());
        Api.Reply reply = api.post("/api/appointments", (withScans ? request.withRecentLumbarMri() : request).build());
        assertThat(reply.status()).isEqualTo(201);
        return reply.string("id");
    }

    private void onTheDay() {
        clock.set(Instant.parse("2030-06-05T03:00:00Z")); // 08:30 in Kolkata, 30 minutes before
    }

    @Test
    void verifyingTheScansMakesAPendingAppointmentBooked() {
        String id = book(false);

        Api.Reply verified = desk.post(
                "/api/desk/appointments/" + id + "/verify-prerequisites", map("note", "MRI brought on CD, 2030-05"));

        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.string("status")).isEqualTo("booked");
        JsonNode last = lastHistoryLine(verified);
        assertThat(last.path("actor").asString()).isEqualTo("staff:desk-anita");
        assertThat(last.path("action").asString()).isEqualTo("PREREQUISITES_VERIFIED");
        assertThat(last.path("from").asString()).isEqualTo("pending");
        assertThat(last.path("reason").asString()).isEqualTo("MRI brought on CD, 2030-05");
    }

    @Test
    void theDayRunsFromCheckInToCompletionWithEveryStepInTheHistory() {
        String id = book(true);
        onTheDay();

        assertThat(desk.postEmpty("/api/desk/appointments/" + id + "/check-in").string("status"))
                .isEqualTo("arrived");
        Api.Reply completed = desk.postEmpty("/api/desk/appointments/" + id + "/complete");

        assertThat(completed.string("status")).isEqualTo("fulfilled");
        assertThat(completed.body().path("history").valueStream().map(h -> h.path("action")
                        .asString()))
                .containsExactly("BOOKED", "CHECKED_IN", "COMPLETED");
    }

    @Test
    void checkInIsOnlyPossibleOnTheDay() {
        String id = book(true);

        Api.Reply early = desk.postEmpty("/api/desk/appointments/" + id + "/check-in");

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo("https://spinecare.io/problems/not-today");
    }

    @Test
    void aNoShowCanOnlyBeRecordedAfterTheStart() {
        String id = book(true);
        onTheDay();
        assertThat(desk.postEmpty("/api/desk/appointments/" + id + "/no-show").status())
                .isEqualTo(409);

        clock.advance(Duration.ofMinutes(45));

        assertThat(desk.postEmpty("/api/desk/appointments/" + id + "/no-show").string("status"))
                .isEqualTo("noshow");
    }

    @Test
    void aMistakenNoShowIsCorrectedAndBothStayInTheHistory() {
        String id = book(true);
        clock.set(Instant.parse("2030-06-05T04:00:00Z"));
        desk.postEmpty("/api/desk/appointments/" + id + "/no-show");

        Api.Reply corrected = desk.post(
                "/api/desk/appointments/" + id + "/correct-status",
                map("status", "arrived", "reason", "Patient was in the waiting room; wrong row clicked"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.string("status")).isEqualTo("arrived");
        assertThat(corrected.body().path("history").valueStream().map(h -> h.path("action")
                        .asString()))
                .containsExactly("BOOKED", "NO_SHOW", "CORRECTED");
        JsonNode correction = lastHistoryLine(corrected);
        assertThat(correction.path("from").asString()).isEqualTo("noshow");
        assertThat(correction.path("to").asString()).isEqualTo("arrived");
    }

    @Test
    void aCorrectionNeedsAReasonAndCannotCancel() {
        String id = book(true);

        assertThat(desk.post("/api/desk/appointments/" + id + "/correct-status", map("status", "booked"))
                        .status())
                .isEqualTo(400);
        assertThat(desk.post(
                                "/api/desk/appointments/" + id + "/correct-status",
                                map("status", "cancelled", "reason", "mistake"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void staffCanCancelAndTheSlotIsFreedAgain() {
        String id = book(true);
        String slotId = desk.get("/api/desk/appointments/" + id).string("slotId");

        Api.Reply cancelled =
                desk.post("/api/desk/appointments/" + id + "/cancel", map("reason", "SPECIALIST_UNAVAILABLE"));

        assertThat(cancelled.string("status")).isEqualTo("cancelled");
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("free");
    }

    @Test
    void theDeskFindsAppointmentsByPatientNameOrReference() {
        Api.Reply booked = api.post(
                "/api/appointments",
                booking(fixtures.oneSlot()).patientName("Meera Kapoor").build());

        Api.Reply byName = desk.get("/api/desk/appointments?q=kapoor");
        Api.Reply byReference = desk.get("/api/desk/appointments?q=" + booked.string("reference"));
        Api.Reply injection = desk.get("/api/desk/appointments?q=.*");

        assertThat(byName.body().get(0).path("reference").asString()).isEqualTo(booked.string("reference"));
        assertThat(byReference.body().size()).isEqualTo(1);
        assertThat(injection.body().size()).isZero();
    }

    @Test
    void theAgendaShowsWhoIsBookedInEachSlot() {
        api.post(
                "/api/appointments",
                booking(fixtures.oneSlot()).patientName("Meera Kapoor").build());

        Api.Reply agenda = desk.get("/api/desk/agenda?date=2030-06-05&specialistId=dr-rao");

        JsonNode first = agenda.body().path("slots").get(0);
        assertThat(first.path("status").asString()).isEqualTo("busy");
        assertThat(first.path("appointment").path("patientName").asString()).isEqualTo("Meera Kapoor");
        assertThat(first.path("appointment").path("outstandingScans").asInt()).isEqualTo(1);
        assertThat(agenda.body().path("slots").get(1).path("appointment").isMissingNode()
                        || agenda.body()
                                .path("slots")
                                .get(1)
                                .path("appointment")
                                .isNull())
                .isTrue();
    }

    private static JsonNode lastHistoryLine(Api.Reply reply) {
        JsonNode history = reply.body().path("history");
        return history.get(history.size() - 1);
    }
}
