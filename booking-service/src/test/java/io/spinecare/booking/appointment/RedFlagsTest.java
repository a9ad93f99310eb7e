package io.spinecare.booking.appointment;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class RedFlagsTest extends IntegrationTest {

    @Test
    void aYesToARedFlagGivesUrgentCareAdviceAndFlagsTheAppointmentForStaff() {
        String slotId = fixtures.oneSlot();

        Api.Reply reply = api.post(
                "/api/appointments",
                booking(slotId)
                        .withRecentLumbarMri()
                        .redFlag("saddle-numbness", true)
                        .redFlag("night-pain", false)
                        .build());

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.string("status")).isEqualTo("pending");
        assertThat(reply.body().path("urgentReview").asBoolean()).isTrue();
        assertThat(reply.body().path("urgentCare").path("advice").asString()).contains("emergency");
        assertThat(reply.body()
                        .path("urgentCare")
                        .path("redFlags")
                        .get(0)
                        .path("id")
                        .asString())
                .isEqualTo("saddle-numbness");
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("busy");

        var agenda = desk.get("/api/desk/agenda?date=2030-06-05&specialistId=dr-rao");
        assertThat(agenda.body()
                        .path("slots")
                        .get(0)
                        .path("appointment")
                        .path("urgentReview")
                        .asBoolean())
                .isTrue();
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
}
