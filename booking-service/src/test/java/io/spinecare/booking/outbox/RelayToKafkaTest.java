package io.spinecare.booking.outbox;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay publishes each recorded event to Kafka as a CloudEvent and then empties the outbox. */
class RelayToKafkaTest extends IntegrationTest {

    private EventStream stream;

    @BeforeEach
    void openStream() {
        stream = EventStream.fromNow();
    }

    @AfterEach
    void closeStream() {
        stream.close();
    }

    @Test
    void aBookingArrivesOnTheAppointmentsTopicAsABinaryModeCloudEvent() {
        Api.Reply booked =
                api.post("/api/appointments", booking(fixtures.oneSlot()).build());
        String appointmentId = booked.string("id");

        List<EventStream.Received> received = stream.awaitUntil(r -> !r.isEmpty(), Duration.ofSeconds(20));

        EventStream.Received event = received.get(0);
        assertThat(event.topic()).isEqualTo("spinecare.appointments");
        assertThat(event.key()).isEqualTo(appointmentId);
        assertThat(event.headers())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_source", "/spinecare/booking-service")
                .containsEntry("ce_type", "io.spinecare.appointment.booked.v2")
                .containsEntry("ce_subject", appointmentId)
                .containsEntry("ce_time", "2030-06-03T03:30:00Z")
                .containsEntry("content-type", "application/json");
        assertThat(event.id()).matches("[0-9a-f-]{36}");
        assertThat(event.body())
                .contains("\"appointmentId\":\"" + appointmentId + "\"")
                .contains("\"reference\":\"" + booked.string("reference") + "\"")
                .contains("\"schemaVersion\":2");
    }

    @Test
    void theOutboxIsEmptiedOnceTheBrokerAcknowledged() {
        Api.Reply booked =
                api.post("/api/appointments", booking(fixtures.oneSlot()).build());

        stream.awaitUntil(r -> !r.isEmpty(), Duration.ofSeconds(20));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document stored = mongo.getCollection("appointments")
                    .find(new Document("_id", booked.string("id")))
                    .first();
            assertThat(stored.getList("outbox", Document.class)).isEmpty();
            assertThat(mongo.getCollection("outbox-leases").countDocuments())
                    .as("leases left")
                    .isZero();
        });
    }
}
