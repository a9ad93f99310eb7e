package io.spinecare.booking.outbox;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.KafkaBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A consumer with no SpineCare or Spring code reads and decodes the appointment stream. */
class AnotherClinicSystemReadsTheStreamTest extends IntegrationTest {

    @Test
    void aPlainKafkaConsumerDecodesABookingAndItsCancellation() {
        Api.Reply booked =
                api.post("/api/appointments", booking(fixtures.oneSlot()).build());
        api.post(
                "/api/appointments/" + booked.string("reference") + "/cancel",
                map("reason", "SCHEDULE_CONFLICT"),
                "X-Manage-Token",
                booked.string("manageToken"));
        String appointmentId = booked.string("id");

        List<ClinicRecordsConsumer.ClinicEvent> mine = new ArrayList<>();
        try (var records = new ClinicRecordsConsumer(
                KafkaBackend.bootstrapServers(), "clinic-records-" + UUID.randomUUID(), "spinecare.appointments")) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                records.poll().stream()
                        .filter(event -> appointmentId.equals(event.subject()))
                        .forEach(mine::add);
                return mine.size() >= 2;
            });
        }

        assertThat(mine)
                .extracting(ClinicRecordsConsumer.ClinicEvent::type)
                .containsExactly("io.spinecare.appointment.booked.v2", "io.spinecare.appointment.cancelled.v2");
        var cancelled = mine.get(1);
        assertThat(cancelled.source()).isEqualTo("/spinecare/booking-service");
        assertThat(cancelled.body().path("reference").asString()).isEqualTo(booked.string("reference"));
        assertThat(cancelled.body().path("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.body().path("cancelledBy").asString()).isEqualTo("PATIENT");
        assertThat(cancelled.body().path("timeZone").asString()).isEqualTo("Asia/Kolkata");
        assertThat(cancelled.body().path("start").asString()).endsWith("+05:30");
    }
}
