package io.spinecare.booking.outbox;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.BookingServiceApplication;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.TestBackends;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Invariant 2 end to end, with two whole service instances relaying from one database: bookings,
 * cancellations and reschedules made in parallel yield exactly their events on Kafka, each once,
 * in order per appointment.
 */
class ParallelChangesOnTwoInstancesTest extends IntegrationTest {

    private static final int BOOKINGS = 300;
    private static final int CANCELLATIONS = 100;
    private static final int RESCHEDULES = 100;
    private static final String APPOINTMENT = "io.spinecare.appointment.";

    private static ConfigurableApplicationContext secondInstance;

    @BeforeAll
    static void startASecondInstance() {
        secondInstance = new SpringApplicationBuilder(BookingServiceApplication.class, TestBackends.class)
                .profiles("test")
                .run("--server.port=0"); // an argument: a default would lose to application.yml's 8081
    }

    @AfterAll
    static void stopTheSecondInstance() {
        secondInstance.close();
    }

    @Test
    void parallelBookingsCancellationsAndReschedulesPublishExactlyTheirEventsOnceAndInOrder() {
        List<String> slots = manySlots();
        try (EventStream stream = EventStream.fromNow()) {
            List<Api.Reply> booked = Concurrently.run(
                    BOOKINGS,
                    n -> api.post("/api/appointments", booking(slots.get(n)).build()));
            assertThat(booked).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(201));
            List<Api.Reply> changed = Concurrently.run(CANCELLATIONS + RESCHEDULES, n -> {
                Api.Reply appointment = booked.get(n);
                String path = "/api/appointments/" + appointment.string("reference");
                return n < CANCELLATIONS
                        ? api.post(
                                path + "/cancel",
                                map("reason", "SCHEDULE_CONFLICT"),
                                "X-Manage-Token",
                                appointment.string("manageToken"))
                        : api.post(
                                path + "/reschedule",
                                map("slotId", slots.get(BOOKINGS + n)),
                                "X-Manage-Token",
                                appointment.string("manageToken"));
            });
            assertThat(changed)
                    .allSatisfy(reply ->
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(200));

            Map<String, List<String>> expected = new HashMap<>();
            for (int n = 0; n < BOOKINGS; n++) {
                List<String> types = new ArrayList<>(List.of(APPOINTMENT + "booked.v2"));
                if (n < CANCELLATIONS) {
                    types.add(APPOINTMENT + "cancelled.v2");
                } else if (n < CANCELLATIONS + RESCHEDULES) {
                    types.add(APPOINTMENT + "rescheduled.v2");
                }
                expected.put(booked.get(n).string("id"), types);
            }
            List<String> releasedSlots = slots.subList(0, CANCELLATIONS + RESCHEDULES);
            int total = BOOKINGS + 2 * (CANCELLATIONS + RESCHEDULES);

            stream.awaitUntil(r -> r.size() >= total, Duration.ofSeconds(90));
            List<EventStream.Received> received = stream.settle(Duration.ofSeconds(2));

            assertThat(received)
                    .extracting(EventStream.Received::id)
                    .doesNotHaveDuplicates()
                    .hasSize(total);
            Map<String, List<String>> perAppointment = received.stream()
                    .filter(event -> event.topic().equals("spinecare.appointments"))
                    .collect(Collectors.groupingBy(
                            EventStream.Received::subject,
                            Collectors.mapping(EventStream.Received::type, Collectors.toList())));
            assertThat(perAppointment).isEqualTo(expected);
            assertThat(received.stream()
                            .filter(event -> event.topic().equals("spinecare.slots"))
                            .map(EventStream.Received::subject))
                    .containsExactlyInAnyOrderElementsOf(releasedSlots);
        }
        assertThat(mongo.getCollection("appointments")
                        .countDocuments(new Document("outbox.0", new Document("$exists", true))))
                .isZero();
    }

    /** Enough free slots for every booking and every reschedule target, over several specialists. */
    private List<String> manySlots() {
        for (String specialist : List.of("dr-a", "dr-b", "dr-c", "dr-d", "dr-e")) {
            fixtures.slotsOn(specialist, Fixtures.CLINIC_DAY);
            Api.Reply generated = desk.post(
                    "/api/desk/slots/generate",
                    map(
                            "specialistId",
                            specialist,
                            "from",
                            Fixtures.CLINIC_DAY,
                            "to",
                            Fixtures.CLINIC_DAY.plusDays(20)));
            assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
        }
        List<String> ids = new ArrayList<>();
        mongo.getCollection("slots").find().forEach(slot -> ids.add(slot.getString("_id")));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(BOOKINGS + RESCHEDULES + CANCELLATIONS);
        return ids;
    }
}
