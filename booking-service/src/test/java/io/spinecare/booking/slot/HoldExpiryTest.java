package io.spinecare.booking.slot;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each hold that lapses unbooked is counted once, by whichever write ends it; a booked hold never. */
class HoldExpiryTest extends IntegrationTest {

    private static final Duration HOLD = Duration.ofMinutes(10);

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private SlotBooking booking;

    @Autowired
    private LapsedHoldSweep sweep;

    @Test
    void aHoldLeftToLapseIsCountedOnceAndTheScheduledSweepFreesItsSlot() {
        String slotId = fixtures.oneSlot();
        assertThat(api.postEmpty("/api/slots/" + slotId + "/hold").status()).isEqualTo(201);
        double before = expired();

        clock.advance(HOLD);

        // the test profile sweeps every 200 ms
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "FREE".equals(slotDocument(slotId).getString("status")));
        assertThat(slotDocument(slotId)).doesNotContainKeys("hold", HoldLapse.FIELD);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> expired() == before + 1);
    }

    @Test
    void aHoldBookedInTimeIsNeverCounted() {
        String slotId = fixtures.oneSlot();
        String holdId = api.postEmpty("/api/slots/" + slotId + "/hold").string("holdId");
        double before = expired();

        clock.advance(HOLD.minusSeconds(1));
        assertThat(api.post("/api/appointments", booking(slotId).hold(holdId).build())
                        .status())
                .isEqualTo(201);
        clock.advance(Duration.ofHours(1));
        sweep.sweep();

        assertThat(expired()).isEqualTo(before);
        assertThat(slotDocument(slotId).getString("status")).isEqualTo("BUSY");
    }

    @Test
    void aBookingThatFindsItsHoldLapsedCountsTheExpiryAndTheSweepDoesNotAgain() {
        String slotId = fixtures.oneSlot();
        String holdId = api.postEmpty("/api/slots/" + slotId + "/hold").string("holdId");
        double before = expired();

        clock.advance(HOLD);
        assertThat(api.post("/api/appointments", booking(slotId).hold(holdId).build())
                        .status())
                .isEqualTo(201);
        sweep.sweep();

        assertThat(expired()).isEqualTo(before + 1);
        assertThat(slotDocument(slotId)).doesNotContainKeys("hold", HoldLapse.FIELD);
    }

    @Test
    void patientsBookingLapsedHoldsWhileSweepsRunGetEverySlotOnceAndEachExpiryIsCountedOnce() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        List<String> holds = slots.stream().map(id -> booking.hold(id).holdId()).toList();
        double before = expired();
        clock.advance(HOLD);

        // per slot: three patients, one with the lapsed hold, and one sweep, all released at once
        int perSlot = 4;
        List<Api.Reply> replies = Concurrently.run(slots.size() * perSlot, n -> {
            int slot = n / perSlot;
            switch (n % perSlot) {
                case 0 -> {
                    sweep.sweep();
                    return null;
                }
                case 1 -> {
                    return api.post(
                            "/api/appointments",
                            booking(slots.get(slot)).hold(holds.get(slot)).build());
                }
                default -> {
                    return api.post(
                            "/api/appointments", booking(slots.get(slot)).build());
                }
            }
        });

        for (int slot = 0; slot < slots.size(); slot++) {
            List<Api.Reply> forSlot = replies.subList(slot * perSlot + 1, (slot + 1) * perSlot);
            assertThat(forSlot)
                    .filteredOn(r -> r.status() == 201)
                    .as(forSlot.toString())
                    .hasSize(1);
            assertThat(forSlot).filteredOn(r -> r.status() == 409).hasSize(perSlot - 2);
            String appointmentId = mongo.getCollection("appointments")
                    .find(new Document("slotId", slots.get(slot)))
                    .first()
                    .getString("_id");
            Document slotNow = slotDocument(slots.get(slot));
            assertThat(slotNow.getString("status")).isEqualTo("BUSY");
            assertThat(slotNow.getString("appointmentId")).isEqualTo(appointmentId);
        }
        sweep.sweep();
        assertThat(expired()).isEqualTo(before + slots.size());
    }

    private double expired() {
        return meters.counter("spinecare.holds.expired").count();
    }

    private Document slotDocument(String slotId) {
        return mongo.getCollection("slots").find(new Document("_id", slotId)).first();
    }
}
