package io.spinecare.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.message.AppointmentSnapshot;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.support.Inbox;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An instance claimed a message (insert-first, state SENDING) and died before sending it. */
@IntegrationTest
class ExpiredLeaseTest {

    final MutableClock clock = MutableClock.shared();

    @Autowired
    DeliveryStore store;

    @Autowired
    DueDeliveryDispatcher dispatcher;

    @BeforeEach
    void clockAtBookingTime() {
        clock.set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @Test
    void aMessageClaimedByAnInstanceThatDiedIsSentOnceByAnotherAfterTheLeaseEnds() {
        String email = "lease." + UUID.randomUUID() + "@patients.test";
        Delivery orphan = claimedByDeadInstance(email, clock.instant().plus(Duration.ofSeconds(30)));
        assertThat(store.insert(orphan)).isTrue();

        dispatcher.dispatchDue();
        assertThat(store.find(orphan.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENDING);
        assertThat(Inbox.of(email)).isEmpty();

        clock.advance(Duration.ofSeconds(31));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> store.find(orphan.id()).orElseThrow().status() == DeliveryStatus.SENT);
        dispatcher.dispatchDue();

        assertThat(Inbox.of(email)).hasSize(1);
        assertThat(store.find(orphan.id()).orElseThrow().attempts()).isEqualTo(1);
        assertThat(store.insert(orphan))
                .as("the same message cannot be claimed again")
                .isFalse();
    }

    private Delivery claimedByDeadInstance(String email, Instant leaseEnds) {
        Instant start = clock.instant().plus(Duration.ofDays(3));
        var appointment = new AppointmentSnapshot(
                "apt-" + UUID.randomUUID(),
                "SC-LEASE1",
                "booked",
                start,
                start.plusSeconds(1800),
                "Asia/Kolkata",
                "Dr Anil Rao",
                null,
                "SpineCare Clinic, OPD 2",
                "IN_PERSON",
                "NEW_CONSULTATION",
                "Ravi Kumar",
                1,
                List.of(),
                null,
                null,
                null,
                null);
        String eventId = UUID.randomUUID().toString();
        return new Delivery(
                Delivery.idFor(eventId, MessageKind.CONFIRMATION, null, Channel.EMAIL),
                appointment.appointmentId(),
                eventId,
                MessageKind.CONFIRMATION,
                null,
                Channel.EMAIL,
                email,
                DeliveryStatus.SENDING,
                clock.instant(),
                clock.instant(),
                leaseEnds,
                appointment.end(),
                "instance-that-died",
                0,
                null,
                null,
                false,
                0,
                appointment);
    }
}
