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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class DeadLetterTest {

    static final EventProducer events = new EventProducer();
    static final KafkaProbe kafka = new KafkaProbe();

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
    void poisonRecordsLandOnTheDeadLetterTopicAndLaterRecordsOfTheSameKeyAreStillProcessed() {
        AppointmentEventBuilder booking = booking();
        String key = booking.appointmentId();
        Map<String, String> headers = EventProducer.cloudEventHeaders(booking);
        Map<String, String> withoutType = new LinkedHashMap<>(headers);
        withoutType.remove("ce_type");
        Map<String, Object> withoutStart = new LinkedHashMap<>(booking.body());
        withoutStart.remove("start");

        events.send(
                key,
                headers,
                ("{\"patient\": {\"email\": \"" + booking.email() + "\"").getBytes(StandardCharsets.UTF_8));
        events.send(key, withoutType, booking.bodyBytes());
        events.send(key, headers, JsonMapper.builder().build().writeValueAsBytes(withoutStart));
        events.send(booking);

        await().atMost(Duration.ofSeconds(30)).until(() -> Inbox.count(booking.email()) == 1);
        List<ConsumerRecord<String, byte[]>> dead =
                KafkaProbe.awaitRecords(TestBackends.DEAD_LETTER, r -> key.equals(r.key()), 3);
        assertThat(dead).hasSize(3);
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r, "kafka_dlt-exception-cause-fqcn")).endsWith("UndecodableEventException");
            assertThat(header(r, "kafka_dlt-original-topic")).isEqualTo(TestBackends.APPOINTMENTS);
            assertThat(header(r, "kafka_dlt-exception-message")).doesNotContain(booking.email());
        });
        assertThat(dead)
                .extracting(r -> header(r, "kafka_dlt-exception-message"))
                .anySatisfy(m -> assertThat(m).contains("body is not an AppointmentEvent"))
                .anySatisfy(m -> assertThat(m).contains("missing header ce_type"))
                .anySatisfy(m -> assertThat(m).contains("invalid body: [start]"));
        assertThat(new String(dead.get(1).value(), StandardCharsets.UTF_8))
                .isEqualTo(new String(booking.bodyBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anEventOfAnUnknownTypeIsSkippedAndNotDeadLettered() throws Exception {
        AppointmentEventBuilder booking = booking();
        Map<String, String> future = new LinkedHashMap<>(EventProducer.cloudEventHeaders(booking));
        future.put("ce_type", "io.spinecare.appointment.teleported.v1");
        future.put("ce_id", "unknown-" + booking.eventId());

        var unknown =
                events.send(booking.appointmentId(), future, "{\"whatever\": true}".getBytes(StandardCharsets.UTF_8));
        var known = events.send(booking);
        kafka.awaitConsumed(List.of(unknown, known));

        assertThat(Inbox.of(booking.email())).hasSize(1);
        assertThat(kafka.readAll(TestBackends.DEAD_LETTER))
                .noneMatch(r -> booking.appointmentId().equals(r.key()));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
