package io.spinecare.booking.outbox;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A booking's trace travels with its event (ADR 0800): the relay publishes on its own thread, yet the Kafka record
 * carries the trace the booking request came in with, so notification-service continues the same trace.
 */
class TraceThroughTheOutboxTest extends IntegrationTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

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
    void theBookedEventCarriesTheTraceOfTheBookingRequest() {
        Api.Reply booked = api.post(
                "/api/appointments",
                booking(fixtures.oneSlot()).build(),
                "traceparent",
                "00-" + TRACE + "-" + CALLER_SPAN + "-01");
        String appointmentId = booked.string("id");

        List<EventStream.Received> received = stream.awaitUntil(
                events -> events.stream().anyMatch(e -> appointmentId.equals(e.key())), Duration.ofSeconds(20));

        EventStream.Received event = received.stream()
                .filter(e -> appointmentId.equals(e.key()))
                .findFirst()
                .orElseThrow();
        assertThat(event.headers().get("traceparent"))
                .as("the same trace, in a span of the publish, not the caller's")
                .matches("00-" + TRACE + "-[0-9a-f]{16}-01")
                .doesNotContain(CALLER_SPAN);
    }

    @Test
    void eachRequestWithoutATraceStartsItsOwn() {
        String first = api.post("/api/appointments", booking(fixtures.oneSlot()).build())
                .string("id");

        List<EventStream.Received> received = stream.awaitUntil(
                events -> events.stream().anyMatch(e -> first.equals(e.key())), Duration.ofSeconds(20));

        String traceparent = received.stream()
                .filter(e -> first.equals(e.key()))
                .findFirst()
                .orElseThrow()
                .headers()
                .get("traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]").doesNotContain(TRACE);
    }
}
