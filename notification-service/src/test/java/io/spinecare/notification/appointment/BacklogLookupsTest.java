package io.spinecare.notification.appointment;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.Inbox;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.KafkaProbe;
import io.spinecare.notification.support.MutableClock;
import io.spinecare.notification.support.TestBookingService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 0213: a backlog of thin bookings is handled several appointments side by side, so the contact
 * look-ups at booking-service (each one waiting for its answer) overlap beyond the topic's three partitions,
 * and every patient still gets exactly one confirmation.
 */
@IntegrationTest
class BacklogLookupsTest {

    static final EventProducer events = new EventProducer();
    static final KafkaProbe kafka = new KafkaProbe();
    static final TestBookingService bookingService = TestBookingService.shared();

    @BeforeEach
    void clockAtBookingTime() {
        MutableClock.shared().set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @AfterEach
    void bookingServiceQuickAgain() {
        bookingService.answerAfter(Duration.ZERO);
    }

    @AfterAll
    static void close() {
        events.close();
        kafka.close();
    }

    @Test
    void aBacklogOfBookingsAsksBookingServiceForManyContactsAtOnceAndConfirmsEachOnce() {
        bookingService.answerAfter(Duration.ofMillis(300));
        bookingService.resetMostInFlight();
        List<AppointmentEventBuilder> backlog = new ArrayList<>();
        List<RecordMetadata> sent = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            AppointmentEventBuilder booking = booking().thin();
            bookingService.knows(booking.appointmentId(), "Backlog Patient " + i, booking.email(), "+91 90000 10000");
            backlog.add(booking);
        }
        backlog.forEach(booking -> sent.add(events.send(booking)));

        kafka.awaitConsumed(sent);
        await().atMost(Duration.ofSeconds(30)).until(() -> backlog.stream().allMatch(b -> Inbox.count(b.email()) == 1));

        assertThat(bookingService.mostInFlight())
                .as("look-ups waiting at once: more than one per partition (3)")
                .isGreaterThan(3);
        assertThat(backlog).allSatisfy(b -> assertThat(Inbox.count(b.email())).isEqualTo(1));
    }
}
