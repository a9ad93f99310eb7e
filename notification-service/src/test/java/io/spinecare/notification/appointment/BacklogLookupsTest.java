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
import io.spinecare.notification.support.TestBackends;
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
 * and every patient still gets exactly one confirmation; a look-up that fails holds back only its own
 * appointment, which is retried, never dropped.
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

    @Test
    void aLookUpThatFailsInTheMiddleOfABacklogIsRetriedWhileTheOthersAreSentAndNobodyGetsTwo() throws Exception {
        List<AppointmentEventBuilder> backlog = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            AppointmentEventBuilder booking = booking().thin();
            bookingService.knows(booking.appointmentId(), "Retry Patient " + i, booking.email(), "+91 90000 20000");
            backlog.add(booking);
        }
        AppointmentEventBuilder failing = backlog.get(11);
        List<AppointmentEventBuilder> others =
                backlog.stream().filter(b -> b != failing).toList();
        bookingService.failsFor(failing.appointmentId());
        try {
            backlog.forEach(events::send);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> others.stream().allMatch(b -> Inbox.count(b.email()) == 1));
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(4))
                    .until(() -> Inbox.count(failing.email()) == 0);
        } finally {
            bookingService.recovers(failing.appointmentId());
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> Inbox.count(failing.email()) == 1);
        assertThat(backlog)
                .as("the batch's records handled again on the retry send nothing twice")
                .allSatisfy(b -> assertThat(Inbox.count(b.email())).isEqualTo(1));
        assertThat(kafka.readAll(TestBackends.DEAD_LETTER))
                .noneMatch(r -> failing.appointmentId().equals(r.key()));
    }
}
