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
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

@IntegrationTest
class ExactlyOnceTest {

    static final EventProducer events = new EventProducer();
    static final KafkaProbe kafka = new KafkaProbe();

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @BeforeEach
    void clockAtBookingTime() {
        MutableClock.shared().set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @AfterAll
    static void close() {
        events.close();
        kafka.close();
    }

    @Test
    void theSameEventDeliveredThreeTimesYieldsOneEmail() {
        AppointmentEventBuilder booking = booking();

        List<RecordMetadata> records = List.of(events.send(booking), events.send(booking), events.send(booking));
        kafka.awaitConsumed(records);

        assertThat(Inbox.of(booking.email())).hasSize(1);
    }

    @Test
    void aRestartInTheMiddleOfABatchThatLostItsOffsetsStillSendsEachEmailOnce() throws Exception {
        var before = kafka.endOffsets(TestBackends.APPOINTMENTS);
        List<AppointmentEventBuilder> batch =
                IntStream.range(0, 30).mapToObj(i -> booking()).toList();
        List<RecordMetadata> records = batch.stream().map(events::send).toList();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        batch.stream().filter(b -> Inbox.count(b.email()) > 0).count() >= 5);

        MessageListenerContainer container = listeners.getListenerContainer(AppointmentEventListener.LISTENER_ID);
        container.stop();
        long sentBeforeRestart =
                batch.stream().filter(b -> Inbox.count(b.email()) > 0).count();
        // A crash before the commit: the group's offsets go back to before the batch, so all of it is redelivered.
        kafka.rewindGroup(before);
        container.start();
        kafka.awaitConsumed(records);

        assertThat(sentBeforeRestart).isBetween(5L, 30L);
        assertThat(batch).allSatisfy(b -> assertThat(Inbox.of(b.email())).hasSize(1));
    }
}
