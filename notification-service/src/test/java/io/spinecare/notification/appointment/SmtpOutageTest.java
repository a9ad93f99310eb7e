package io.spinecare.notification.appointment;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.delivery.DeliveryStatus;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.Inbox;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.MutableClock;
import io.spinecare.notification.support.TestSmtp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SmtpOutageTest {

    static final EventProducer events = new EventProducer();

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    Deliveries deliveries;

    @BeforeEach
    void clockAtBookingTime() {
        MutableClock.shared().set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void whileSmtpIsDownMessagesWaitBehindAnOpenBreakerAndGoOutOnceWhenItReturns() {
        CircuitBreaker email = breakers.circuitBreaker("email");
        email.reset();
        List<StateTransition> transitions = new CopyOnWriteArrayList<>();
        email.getEventPublisher().onStateTransition(event -> transitions.add(event.getStateTransition()));
        List<AppointmentEventBuilder> bookings =
                IntStream.range(0, 8).mapToObj(i -> booking()).toList();

        TestSmtp.stop();
        try {
            bookings.forEach(events::send);
            await().atMost(Duration.ofSeconds(30)).until(() -> transitions.contains(StateTransition.CLOSED_TO_OPEN));
            await().atMost(Duration.ofSeconds(10)).until(() -> transitions.contains(StateTransition.OPEN_TO_HALF_OPEN));
            assertThat(bookings).allSatisfy(b -> assertThat(deliveries.log(b.appointmentId()))
                    .allSatisfy(d -> assertThat(d.status()).isNotEqualTo(DeliveryStatus.SENT)));
        } finally {
            TestSmtp.restart();
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> bookings.stream().allMatch(b -> deliveries.log(b.appointmentId()).stream()
                        .filter(d -> d.kind() == MessageKind.CONFIRMATION)
                        .allMatch(d -> d.status() == DeliveryStatus.SENT)));
        assertThat(transitions)
                .containsSubsequence(
                        StateTransition.CLOSED_TO_OPEN,
                        StateTransition.OPEN_TO_HALF_OPEN,
                        StateTransition.HALF_OPEN_TO_CLOSED);
        assertThat(email.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(bookings).allSatisfy(b -> assertThat(Inbox.of(b.email())).hasSize(1));
    }
}
