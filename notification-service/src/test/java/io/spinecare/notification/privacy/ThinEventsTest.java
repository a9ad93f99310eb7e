package io.spinecare.notification.privacy;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * ADR 0212: a {@code .v2} event carries no contact details; the service asks booking-service over HTTP with
 * its own token, waits for it while it is unreachable, writes to nobody once the patient is erased, and
 * follows {@code patient.erased.v1} by scrubbing what it holds.
 */
@IntegrationTest
class ThinEventsTest {

    static final EventProducer events = new EventProducer();
    static final KafkaProbe kafka = new KafkaProbe();
    static final TestBookingService bookingService = TestBookingService.shared();

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void clockAtBookingTime() {
        MutableClock.shared().set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @AfterEach
    void bookingServiceBack() {
        bookingService.reachable(true);
    }

    @AfterAll
    static void close() {
        events.close();
        kafka.close();
    }

    @Test
    void aThinBookingIsConfirmedToTheAddressBookingServiceGives() {
        AppointmentEventBuilder booking = booking().thin();
        bookingService.knows(booking.appointmentId(), "Meera Nair", booking.email(), "+91 90000 00001");

        events.send(booking);

        await().atMost(Duration.ofSeconds(30)).until(() -> Inbox.count(booking.email()) == 1);
        assertThat(Inbox.of(booking.email()).get(0).text()).contains("Meera Nair");
    }

    @Test
    void whileBookingServiceIsUnreachableTheEventWaitsAndIsSentOnceItAnswers() {
        AppointmentEventBuilder booking = booking().thin();
        bookingService.knows(booking.appointmentId(), "Kiran Rao", booking.email(), "+91 90000 00002");
        bookingService.reachable(false);

        RecordMetadata sent = events.send(booking);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> Inbox.count(booking.email()) == 0);
        bookingService.reachable(true);

        await().atMost(Duration.ofSeconds(60)).until(() -> Inbox.count(booking.email()) == 1);
        kafka.awaitConsumed(List.of(sent));
        assertThat(Inbox.of(booking.email())).hasSize(1);
        assertThat(deadLetters(booking.appointmentId())).isEmpty();
    }

    @Test
    void aPatientBookingServiceNoLongerKnowsIsWrittenToByNobody() {
        AppointmentEventBuilder booking = booking().thin();
        int lookupsBefore = bookingService.lookups();

        kafka.awaitConsumed(List.of(events.send(booking)));

        assertThat(bookingService.lookups()).isGreaterThan(lookupsBefore);
        assertThat(Inbox.count(booking.email())).isZero();
        assertThat(mongo.getCollection("deliveries")
                        .countDocuments(new Document("appointmentId", booking.appointmentId())))
                .isZero();
    }

    @Test
    void anErasedEventScrubsDeliveriesWithdrawsRemindersAndDropsTheTimeline() {
        AppointmentEventBuilder booking =
                booking().startingAt(Instant.parse("2026-12-10T04:00:00Z")).thin();
        bookingService.knows(booking.appointmentId(), "Leela Das", booking.email(), "+91 90000 00003");
        events.send(booking);
        await().atMost(Duration.ofSeconds(30)).until(() -> Inbox.count(booking.email()) == 1);
        assertThat(deliveries(booking.appointmentId())).anyMatch(d -> "SCHEDULED".equals(d.getString("status")));

        bookingService.forgets(booking.appointmentId());
        kafka.awaitConsumed(List.of(events.send(booking.appointmentId(), erasedHeaders(booking), erasedBody(booking))));

        assertThat(deliveries(booking.appointmentId())).isNotEmpty().allSatisfy(d -> {
            assertThat(d.toJson()).doesNotContain(booking.email()).doesNotContain("Leela Das");
            assertThat(d.getString("status")).isNotIn("SCHEDULED", "RETRY_PENDING");
        });
        assertThat(mongo.getCollection("appointment_timelines")
                        .countDocuments(new Document("_id", booking.appointmentId())))
                .isZero();
    }

    private List<Document> deliveries(String appointmentId) {
        return mongo.getCollection("deliveries")
                .find(new Document("appointmentId", appointmentId))
                .into(new java.util.ArrayList<>());
    }

    private List<?> deadLetters(String appointmentId) {
        try {
            return kafka.readAll(TestBackends.DEAD_LETTER).stream()
                    .filter(r -> appointmentId.equals(r.key()))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> erasedHeaders(AppointmentEventBuilder booking) {
        return Map.of(
                "ce_specversion", "1.0",
                "ce_id", java.util.UUID.randomUUID().toString(),
                "ce_source", "/spinecare/booking-service",
                "ce_type", PatientDataErasure.TYPE,
                "ce_subject", booking.appointmentId(),
                "ce_time", "2026-11-20T06:00:00Z",
                "content-type", "application/json");
    }

    private static byte[] erasedBody(AppointmentEventBuilder booking) {
        return ("{\"schemaVersion\":1,\"erasureId\":\"e1\",\"appointmentId\":\"" + booking.appointmentId()
                        + "\",\"erasedAt\":\"2026-11-20T06:00:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
