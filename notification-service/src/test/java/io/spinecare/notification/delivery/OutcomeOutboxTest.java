package io.spinecare.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.message.AppointmentSnapshot;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.KafkaProbe;
import io.spinecare.notification.support.MutableClock;
import io.spinecare.notification.support.TestBackends;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The outcome event of a sent message was never acknowledged by Kafka (say the broker was away). */
@IntegrationTest
class OutcomeOutboxTest {

    final MutableClock clock = MutableClock.shared();

    @Autowired
    DeliveryStore store;

    @BeforeEach
    void clockAtBookingTime() {
        clock.set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @Test
    void anUnpublishedOutcomeIsPublishedLaterWithTheSameEventId() {
        Delivery sent = sentButNotPublished();
        assertThat(store.insert(sent)).isTrue();

        clock.advance(Duration.ofSeconds(6));

        var published = KafkaProbe.awaitRecords(
                TestBackends.NOTIFICATIONS, r -> sent.appointmentId().equals(r.key()), 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> store.find(sent.id()).orElseThrow().outcomePublished());
        assertThat(new String(published.get(0).headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                .isEqualTo(UUID.nameUUIDFromBytes(
                                (sent.id() + ":" + OutcomePublisher.SENT).getBytes(StandardCharsets.UTF_8))
                        .toString());
    }

    private Delivery sentButNotPublished() {
        Instant start = clock.instant().plus(Duration.ofDays(3));
        var appointment = new AppointmentSnapshot(
                "apt-" + UUID.randomUUID(),
                "SC-OUTBOX",
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
        String email = "outbox." + UUID.randomUUID() + "@patients.test";
        return new Delivery(
                Delivery.idFor(eventId, MessageKind.CONFIRMATION, null, Channel.EMAIL),
                appointment.appointmentId(),
                eventId,
                MessageKind.CONFIRMATION,
                null,
                Channel.EMAIL,
                email,
                DeliveryStatus.SENT,
                clock.instant(),
                clock.instant(),
                clock.instant(),
                appointment.end(),
                null,
                1,
                clock.instant(),
                null,
                false,
                0,
                appointment);
    }
}
