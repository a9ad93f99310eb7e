package io.spinecare.booking.outbox;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.KafkaBackend;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * Bookings do not depend on Kafka: with the broker unreachable they all succeed, their events wait
 * in the outboxes, and once the broker is reachable again every one arrives (a repeat only ever
 * with the same event id). The relay's producer is pointed at an address where no broker
 * listens, then back at the running broker: a client-side outage (docs/stack-notes.md, Kafka).
 */
class BrokerOutageTest extends IntegrationTest {

    private static final int BOOKINGS = 200;

    @Autowired
    private DefaultKafkaProducerFactory<String, byte[]> producers;

    @AfterEach
    void brokerBack() {
        pointRelayAt(KafkaBackend.bootstrapServers());
    }

    @Test
    void bookingsMadeWhileTheBrokerIsDownAllSucceedAndTheirEventsArriveOnceItIsBack() throws IOException {
        List<String> slots = slots();
        try (EventStream stream = EventStream.fromNow()) {
            pointRelayAt(addressWhereNoBrokerListens());

            List<Api.Reply> booked = Concurrently.run(
                    BOOKINGS,
                    n -> api.post("/api/appointments", booking(slots.get(n)).build()));

            assertThat(booked).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(201));
            assertThat(stream.settle(Duration.ofSeconds(2))).isEmpty();
            assertThat(mongo.getCollection("appointments")
                            .countDocuments(new Document("outbox.0", new Document("$exists", true))))
                    .isEqualTo(BOOKINGS);

            pointRelayAt(KafkaBackend.bootstrapServers());

            Set<String> ids = booked.stream().map(reply -> reply.string("id")).collect(Collectors.toSet());
            List<EventStream.Received> received = stream.awaitUntil(
                    r -> r.stream()
                            .map(EventStream.Received::subject)
                            .collect(Collectors.toSet())
                            .containsAll(ids),
                    Duration.ofSeconds(60));
            // Every appointment once; any repeat carries an id already seen for the same appointment.
            assertThat(received)
                    .allSatisfy(event -> assertThat(event.type()).isEqualTo("io.spinecare.appointment.booked.v2"));
            assertThat(received.stream()
                            .collect(Collectors.groupingBy(
                                    EventStream.Received::subject,
                                    Collectors.mapping(EventStream.Received::id, Collectors.toSet()))))
                    .hasSize(BOOKINGS)
                    .allSatisfy((subject, eventIds) -> assertThat(eventIds).hasSize(1));
        }
    }

    private void pointRelayAt(String bootstrapServers) {
        producers.setBootstrapServersSupplier(() -> bootstrapServers);
        producers.reset(); // the next send opens a producer on the new address
    }

    private static String addressWhereNoBrokerListens() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "127.0.0.1:" + socket.getLocalPort();
        }
    }

    private List<String> slots() {
        List<String> ids = new ArrayList<>();
        for (String specialist : List.of("dr-a", "dr-b", "dr-c")) {
            fixtures.slotsOn(specialist, Fixtures.CLINIC_DAY);
            desk.post(
                    "/api/desk/slots/generate",
                    io.spinecare.booking.support.Api.map(
                            "specialistId",
                            specialist,
                            "from",
                            Fixtures.CLINIC_DAY,
                            "to",
                            Fixtures.CLINIC_DAY.plusDays(20)));
        }
        mongo.getCollection("slots").find().forEach(slot -> ids.add(slot.getString("_id")));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(BOOKINGS);
        return ids;
    }
}
