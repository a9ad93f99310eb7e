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
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@IntegrationTest
class DatabaseOutageTest {

    static final EventProducer events = new EventProducer();

    @BeforeEach
    void clockAtBookingTime() {
        MutableClock.shared().set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void whileTheDatabaseIsUnreachableEventsWaitInOrderAndAreNotDeadLettered() throws Exception {
        AppointmentEventBuilder booking = booking();

        TestBackends.mongoReachable(false);
        try {
            events.send(booking);
            await().during(Duration.ofSeconds(4))
                    .atMost(Duration.ofSeconds(6))
                    .until(() -> Inbox.count(booking.email()) == 0);
        } finally {
            TestBackends.mongoReachable(true);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> Inbox.count(booking.email()) == 1);
        try (KafkaProbe kafka = new KafkaProbe()) {
            assertThat(kafka.readAll(TestBackends.DEAD_LETTER))
                    .noneMatch(r -> booking.appointmentId().equals(r.key()));
        }
    }
}
