package io.spinecare.notification.channel;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.delivery.Delivery;
import io.spinecare.notification.delivery.DeliveryStatus;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.Inbox;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.KafkaProbe;
import io.spinecare.notification.support.MutableClock;
import io.spinecare.notification.support.TestBackends;
import io.spinecare.notification.support.TestSmsGateway;
import io.spinecare.notification.support.TestSmsGateway.Request;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ChannelsTest {

    static final EventProducer events = new EventProducer();
    static final JsonMapper json = JsonMapper.builder().build();
    final TestSmsGateway gateway = TestSmsGateway.shared();

    @Autowired
    Deliveries deliveries;

    @BeforeEach
    void clockAtBookingTime() {
        MutableClock.shared().set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @AfterEach
    void gatewayAcceptsAgain() {
        gateway.answer(202);
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void aPatientWhoChoseEmailAndSmsGetsBothAndTheSmsGoesThroughTheHttpGateway() {
        AppointmentEventBuilder booking = booking().channels("EMAIL", "SMS");

        events.send(booking);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> smsTo(booking.phone()).size() == 1 && Inbox.count(booking.email()) == 1);
        Request sms = smsTo(booking.phone()).get(0);
        JsonNode body = json.readTree(sms.body());
        assertThat(sms.method()).isEqualTo("POST");
        assertThat(sms.header("Authorization")).isEqualTo("Basic c21zLXVzZXI6c21zLXNlY3JldA==");
        assertThat(sms.header("Idempotency-Key")).isEqualTo(booking.eventId() + ":CONFIRMATION:SMS");
        assertThat(body.get("from").asString()).isEqualTo("SpineCare");
        assertThat(body.get("text").asString())
                .startsWith("SpineCare Clinic: appointment confirmed")
                .contains(booking.reference())
                .contains("/manage/" + booking.reference() + "#token=");
    }

    @Test
    void aPatientWhoChoseOnlySmsGetsNoEmail() throws Exception {
        AppointmentEventBuilder booking = booking().channels("SMS");

        var record = events.send(booking);
        try (var kafka = new KafkaProbe()) {
            kafka.awaitConsumed(List.of(record));
        }

        assertThat(smsTo(booking.phone())).hasSize(1);
        assertThat(Inbox.of(booking.email())).isEmpty();
        assertThat(deliveries.log(booking.appointmentId()))
                .extracting(Delivery::channel)
                .containsOnly(Channel.SMS);
    }

    @Test
    void eachSentMessageIsPublishedAsNotificationSentWithoutTheAddress() {
        AppointmentEventBuilder booking = booking().channels("EMAIL", "SMS");

        events.send(booking);

        List<ConsumerRecord<String, byte[]>> outcomes = KafkaProbe.awaitRecords(
                TestBackends.NOTIFICATIONS, r -> booking.appointmentId().equals(r.key()), 2);
        assertThat(outcomes).allSatisfy(r -> {
            assertThat(header(r, "ce_type")).isEqualTo("io.spinecare.notification.sent.v1");
            assertThat(header(r, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(r, "ce_source")).isEqualTo("/spinecare/notification-service");
            assertThat(header(r, "ce_subject")).isEqualTo(booking.appointmentId());
            assertThat(header(r, "content-type")).isEqualTo("application/json");
            String body = new String(r.value(), StandardCharsets.UTF_8);
            assertThat(body)
                    .doesNotContain(booking.email())
                    .doesNotContain(booking.phone())
                    .doesNotContain(booking.patientName());
            JsonNode event = json.readTree(body);
            assertThat(event.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(event.get("sourceEventId").asString()).isEqualTo(booking.eventId());
            assertThat(event.get("kind").asString()).isEqualTo("CONFIRMATION");
        });
        assertThat(outcomes)
                .extracting(r -> json.readTree(r.value()).get("channel").asString())
                .containsExactlyInAnyOrder("EMAIL", "SMS");
    }

    @Test
    void aMessageTheProviderRefusesFailsAtOnceAndIsPublishedAsNotificationFailed() {
        gateway.answer(400);
        AppointmentEventBuilder booking = booking().channels("SMS");

        events.send(booking);

        List<ConsumerRecord<String, byte[]>> outcomes = KafkaProbe.awaitRecords(
                TestBackends.NOTIFICATIONS, r -> booking.appointmentId().equals(r.key()), 1);
        assertThat(header(outcomes.get(0), "ce_type")).isEqualTo("io.spinecare.notification.failed.v1");
        assertThat(json.readTree(outcomes.get(0).value()).get("reason").asString())
                .isEqualTo("SMS gateway refused the message (400)");
        assertThat(smsTo(booking.phone())).hasSize(1);
        assertThat(confirmation(booking)).satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.attempts()).isEqualTo(1);
        });
    }

    @Test
    void aGatewayErrorIsRetriedWithBackOffUntilItAccepts() {
        gateway.answer(503);
        AppointmentEventBuilder booking = booking().channels("SMS");

        events.send(booking);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> smsTo(booking.phone()).size() >= 2);
        gateway.answer(202);

        await().atMost(Duration.ofSeconds(20)).until(() -> confirmation(booking).status() == DeliveryStatus.SENT);
        Delivery sms = confirmation(booking);
        assertThat(sms.attempts()).isEqualTo(smsTo(booking.phone()).size()).isGreaterThanOrEqualTo(3);
    }

    private Delivery confirmation(AppointmentEventBuilder booking) {
        return deliveries.log(booking.appointmentId()).stream()
                .filter(d -> d.kind() == MessageKind.CONFIRMATION)
                .findFirst()
                .orElseThrow();
    }

    private List<Request> smsTo(String phone) {
        return gateway.requests().stream()
                .filter(r -> r.body().contains("\"" + phone + "\""))
                .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
