package io.spinecare.notification.appointment;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.delivery.DeliveryStatus;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.MutableClock;
import io.spinecare.notification.support.TestSmtp;
import io.spinecare.notification.system.NotificationProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Kept-open SMTP connections (ADR 0304): a server that goes away mid-batch costs a retry, never a message. A message
 * the server had taken when it went away, before its reply reached the service, is sent once more (ADR 0300): that
 * can be only a message in flight at the cut, one per sending thread at the most.
 */
@IntegrationTest
class SmtpConnectionDropTest {

    static final EventProducer events = new EventProducer();

    @Autowired
    Deliveries deliveries;

    @Autowired
    NotificationProperties settings;

    @BeforeEach
    void clockAtBookingTime() {
        MutableClock.shared().set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void everyConnectionCutMidBatchLosesNoMessageAndResendsOnlyWhatWasInFlight() {
        List<AppointmentEventBuilder> bookings =
                IntStream.range(0, 300).mapToObj(i -> booking()).toList();
        Set<String> eventIds =
                bookings.stream().map(AppointmentEventBuilder::eventId).collect(Collectors.toSet());
        int earlier = TestSmtp.acceptedDeliveryIds().size();

        bookings.forEach(events::send);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> ours(earlier, eventIds).size() >= 20);
        TestSmtp.restart(); // the old server closes every connection the service keeps open
        int beforeCut = ours(earlier, eventIds).size();

        await().atMost(Duration.ofSeconds(120))
                .until(() -> bookings.stream().allMatch(b -> deliveries.log(b.appointmentId()).stream()
                        .anyMatch(d -> d.kind() == MessageKind.CONFIRMATION && d.status() == DeliveryStatus.SENT)));
        assertThat(beforeCut)
                .as("the cut came while the batch was still being sent")
                .isLessThan(bookings.size());
        Map<String, Long> copies = ours(earlier, eventIds).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(copies.keySet()).isEqualTo(eventIds);
        assertThat(copies)
                .allSatisfy((eventId, count) ->
                        assertThat(count).as("copies of " + eventId).isBetween(1L, 2L));
        // Sending threads: the appointments handled side by side, and each partition's consumer (ADR 0213).
        int inFlightAtMost =
                settings.consumer().parallelism() + settings.topics().partitions();
        assertThat(copies.values().stream().filter(count -> count > 1).count())
                .as("messages sent twice")
                .isLessThanOrEqualTo(inFlightAtMost);
    }

    /** The source event of each confirmation accepted for the given events, after the first {@code skip}. */
    private static List<String> ours(int skip, Set<String> eventIds) {
        List<String> accepted = TestSmtp.acceptedDeliveryIds();
        return accepted.subList(skip, accepted.size()).stream()
                .filter(id -> id.contains(":CONFIRMATION:"))
                .map(id -> id.substring(0, id.indexOf(':')))
                .filter(eventIds::contains)
                .toList();
    }
}
