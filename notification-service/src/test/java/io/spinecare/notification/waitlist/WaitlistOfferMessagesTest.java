package io.spinecare.notification.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.content.BodyRegion;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.ImagingRequirement;
import io.spinecare.content.Modality;
import io.spinecare.content.Necessity;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.Inbox;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.ManageTokens;
import io.spinecare.notification.support.MutableClock;
import io.spinecare.notification.support.TestBookingService;
import io.spinecare.notification.support.TestSmsGateway;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A waitlist offer reaches the patient by e-mail and SMS, once, worded with content-core's names (ADR 0222), at the
 * address booking-service gives for the offer: the event names no one (ADR 0212).
 */
@IntegrationTest
class WaitlistOfferMessagesTest {

    static final EventProducer events = new EventProducer();
    static final Instant T0 = Instant.parse("2027-05-03T03:00:00Z");
    static final Catalogue CATALOGUE = Catalogue.loadDefault();

    @BeforeEach
    void clockAtOfferTime() {
        MutableClock.shared().set(T0);
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void anOfferIsSentOnceByEmailAndSmsWithItsPrivateLinkAndTheCataloguesWording() {
        String offerId = UUID.randomUUID().toString();
        String email = "offer-" + offerId.substring(0, 8) + "@example.org";
        String phone = "+91 98" + (10_000_000 + Math.abs(offerId.hashCode() % 89_999_999));
        String eventId = UUID.randomUUID().toString();

        send(eventId, offerId, email, phone);
        send(eventId, offerId, email, phone); // redelivered
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Inbox.count(email) == 1 && smsTo(phone).size() == 1);

        String link = "https://book.spinecare.test/waitlist/offers/" + offerId + "#token="
                + ManageTokens.derive("waitlist-offer:" + offerId, 1);
        Inbox.ReceivedMail mail = Inbox.of(email).get(0);
        assertThat(mail.subject()).startsWith("A slot has come free");
        assertThat(mail.text())
                .contains(link)
                .contains(link + "&leave=1")
                .contains(CATALOGUE.condition("sciatica").orElseThrow().name())
                .contains(CATALOGUE
                        .consultationType(ConsultationType.NEW_CONSULTATION)
                        .name())
                .contains(new ImagingRequirement(
                                Modality.MRI, BodyRegion.LUMBAR, 365, false, Necessity.MANDATORY, List.of(), null)
                        .describe());
        assertThat(mail.html()).contains("Leave the waitlist");
        assertThat(smsTo(phone).get(0).body()).contains("/waitlist/offers/" + offerId + "#token=");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> Inbox.count(email) == 1);
    }

    @Test
    void theOtherOfferEventsSendNothing() {
        String offerId = UUID.randomUUID().toString();
        String email = "declined-" + offerId.substring(0, 8) + "@example.org";
        String marker = UUID.randomUUID().toString();
        TestBookingService.shared().knowsOffer(offerId, "Asha Verma", email, "+91 98765 00000");

        events.send(
                TestWaitlist.TOPIC,
                offerId,
                TestWaitlist.headers(UUID.randomUUID().toString(), "io.spinecare.waitlist.declined.v1", offerId),
                TestWaitlist.body(offerId).getBytes(StandardCharsets.UTF_8));
        String markerOffer = UUID.randomUUID().toString();
        send(offerId, marker, markerOffer, email, "+91 98765 00001"); // same key: handled after the declined event

        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(email) >= 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> Inbox.count(email) == 1);
        assertThat(Inbox.of(email).get(0).text()).contains(markerOffer).doesNotContain(offerId);
    }

    private static void send(String eventId, String offerId, String email, String phone) {
        send(offerId, eventId, offerId, email, phone);
    }

    private static void send(String key, String eventId, String offerId, String email, String phone) {
        TestBookingService.shared().knowsOffer(offerId, "Asha Verma", email, phone);
        events.send(
                TestWaitlist.TOPIC,
                key,
                TestWaitlist.headers(eventId, WaitlistOfferListener.OFFERED, offerId),
                TestWaitlist.body(offerId).getBytes(StandardCharsets.UTF_8));
    }

    private static List<TestSmsGateway.Request> smsTo(String phone) {
        return TestSmsGateway.shared().requests().stream()
                .filter(r -> r.body().contains("\"" + phone + "\""))
                .toList();
    }

    /** The records booking-service's relay writes for an offer. */
    static final class TestWaitlist {

        static final String TOPIC = "spinecare.waitlist";

        static Map<String, String> headers(String eventId, String type, String offerId) {
            return Map.of(
                    "ce_specversion",
                    "1.0",
                    "ce_id",
                    eventId,
                    "ce_source",
                    "/spinecare/booking-service",
                    "ce_type",
                    type,
                    "ce_subject",
                    offerId,
                    "content-type",
                    "application/json");
        }

        static String body(String offerId) {
            return """
                    {"schemaVersion":1,"offerId":"%s","entryId":"e1","state":"open","slotId":"dr-rao-20270510T0330Z",
                     "start":"2027-05-10T09:00:00+05:30","end":"2027-05-10T09:30:00+05:30","timeZone":"Asia/Kolkata",
                     "specialistId":"dr-rao","specialistName":"Dr Rao","location":"SpineCare Clinic, OPD 2",
                     "mode":"IN_PERSON","consultationType":"NEW_CONSULTATION","conditionId":"sciatica",
                     "expiresAt":"2027-05-03T09:00:00+05:30",
                     "scansNeeded":[{"modality":"MRI","region":"LUMBAR","maxAgeDays":365,"necessity":"MANDATORY"}],
                     "patient":{"channels":["EMAIL","SMS"]}}
                    """
                    .formatted(offerId);
        }
    }
}
