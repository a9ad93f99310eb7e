package io.spinecare.notification.privacy;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.Inbox;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * With the clock moved past the 30-day period, sent confirmations lose their address and the patient's
 * name two at a time (the test batch size); one sent after the move keeps them.
 */
@IntegrationTest
class DeliveryRetentionTest {

    static final EventProducer events = new EventProducer();
    static final Instant SENT_AT = Instant.parse("2027-03-01T06:00:00Z");

    @Autowired
    DeliveryRetention retention;

    @Autowired
    MongoTemplate mongo;

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void oldFinishedDeliveriesAreScrubbedInBatchesAndRecentOnesStay() {
        MutableClock clock = MutableClock.shared();
        // whatever other tests left finished before SENT_AT goes first, so the counts below are this test's
        clock.set(SENT_AT.plus(Duration.ofDays(31)));
        while (retention.runOnce() > 0) {
            // drain
        }
        clock.set(SENT_AT);
        List<AppointmentEventBuilder> old = IntStream.range(0, 3)
                .mapToObj(i -> booking().startingAt(SENT_AT.plus(Duration.ofHours(3))))
                .toList();
        old.forEach(events::send);
        await().atMost(Duration.ofSeconds(30)).until(() -> old.stream().allMatch(b -> Inbox.count(b.email()) == 1));

        clock.set(SENT_AT.plus(Duration.ofDays(31)));
        AppointmentEventBuilder recent = booking().startingAt(SENT_AT.plus(Duration.ofDays(40)));
        events.send(recent);
        await().atMost(Duration.ofSeconds(30)).until(() -> Inbox.count(recent.email()) == 1);

        // Other test classes' events may still finish on the shared clock meanwhile, so count batches, not totals:
        // the first run is a full batch (three of ours are due), no run exceeds the batch, and the runs end.
        int run = retention.runOnce();
        assertThat(run).isEqualTo(2);
        int scrubbed = run;
        while ((run = retention.runOnce()) > 0) {
            assertThat(run).isLessThanOrEqualTo(2);
            scrubbed += run;
        }
        assertThat(scrubbed).isGreaterThanOrEqualTo(3);

        assertThat(old).allSatisfy(b -> assertThat(confirmation(b).containsKey("recipient"))
                .isFalse());
        assertThat(confirmation(recent).getString("recipient")).isEqualTo(recent.email());
    }

    private Document confirmation(AppointmentEventBuilder booking) {
        return mongo.getCollection("deliveries")
                .find(new Document("appointmentId", booking.appointmentId()).append("kind", "CONFIRMATION"))
                .first();
    }
}
