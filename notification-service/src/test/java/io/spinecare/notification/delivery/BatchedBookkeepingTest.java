package io.spinecare.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.message.AppointmentSnapshot;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bookkeeping writes that cover many deliveries at once (ADR 0304) lose none of them. */
@IntegrationTest
class BatchedBookkeepingTest {

    final MutableClock clock = MutableClock.shared();

    @Autowired
    DeliveryStore store;

    @Autowired
    PublishedOutcomes published;

    @Test
    void acknowledgementsFromManyThreadsAtOnceAreAllRecorded() throws Exception {
        List<Delivery> sent =
                IntStream.range(0, 400).mapToObj(i -> sentNotYetAcknowledged()).toList();
        assertThat(store.insertAll(sent)).isEqualTo(400);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            for (int t = 0; t < 16; t++) {
                List<Delivery> share = sent.subList(t * 25, t * 25 + 25);
                threads.submit(() -> {
                    start.await();
                    share.forEach(d -> published.acknowledged(d.id()));
                    return null;
                });
            }
            start.countDown();

            await().atMost(Duration.ofSeconds(20)).until(() -> sent.stream()
                    .allMatch(d -> store.find(d.id()).orElseThrow().outcomePublished()));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aBulkInsertCountsOnlyTheNewDeliveriesAndKeepsTheOnesThereUntouched() {
        List<Delivery> first =
                IntStream.range(0, 3).mapToObj(i -> sentNotYetAcknowledged()).toList();
        assertThat(store.insertAll(first)).isEqualTo(3);
        published.acknowledged(first.get(0).id());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> store.find(first.get(0).id()).orElseThrow().outcomePublished());

        List<Delivery> again = new ArrayList<>(first);
        again.add(sentNotYetAcknowledged());

        assertThat(store.insertAll(again)).as("only the fourth is new").isEqualTo(1);
        assertThat(store.find(first.get(0).id()).orElseThrow().outcomePublished())
                .as("a duplicate never overwrites what is stored")
                .isTrue();
        assertThat(store.find(again.get(3).id())).isPresent();
    }

    /** Finished far ahead of the clock, so the dispatcher's republishing never flags them: only acks can. */
    private Delivery sentNotYetAcknowledged() {
        Instant start = clock.instant().plus(Duration.ofDays(3));
        var appointment = new AppointmentSnapshot(
                "apt-" + UUID.randomUUID(),
                "SC-BATCH",
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
        String email = "batch." + UUID.randomUUID() + "@patients.test";
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
                clock.instant().plus(Duration.ofDays(365)),
                null,
                false,
                0,
                appointment);
    }
}
