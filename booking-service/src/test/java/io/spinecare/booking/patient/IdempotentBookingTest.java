package io.spinecare.booking.patient;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotentBookingTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    IdempotencyKeys idempotencyKeys;

    @Test
    void theSameIdempotencyKeyTwiceReturnsTheSameAppointmentAndBooksOnce() {
        String slotId = fixtures.oneSlot();
        var request = booking(slotId).withRecentLumbarMri().build();

        Api.Reply first = api.post("/api/appointments", request, "Idempotency-Key", "retry-key-0001");
        Api.Reply retry = api.post("/api/appointments", request, "Idempotency-Key", "retry-key-0001");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.string("id")).isEqualTo(first.string("id"));
        assertThat(retry.string("reference")).isEqualTo(first.string("reference"));
        assertThat(retry.string("manageToken")).isEqualTo(first.string("manageToken"));
        assertThat(mongo.getCollection("appointments").countDocuments()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedAndBooksNothing() {
        List<String> slots = fixtures.slotsOn("dr-rao", io.spinecare.booking.support.Fixtures.CLINIC_DAY);
        api.post("/api/appointments", booking(slots.get(0)).build(), "Idempotency-Key", "retry-key-0002");

        Api.Reply other =
                api.post("/api/appointments", booking(slots.get(1)).build(), "Idempotency-Key", "retry-key-0002");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problemType()).isEqualTo("https://spinecare.io/problems/idempotency-key-reused");
        assertThat(fixtures.slotStatus(slots.get(1))).isEqualTo("free");
        assertThat(mongo.getCollection("appointments").countDocuments()).isEqualTo(1);
    }

    @Test
    void retriesRacingTheFirstRequestAllGetTheOneAppointment() {
        String slotId = fixtures.oneSlot();
        var request = booking(slotId).build();

        List<Api.Reply> replies =
                Concurrently.run(16, n -> api.post("/api/appointments", request, "Idempotency-Key", "retry-key-race"));

        assertThat(replies)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(replies)
                .extracting(r -> r.string("id"))
                .containsOnly(replies.get(0).string("id"));
        assertThat(mongo.getCollection("appointments").countDocuments()).isEqualTo(1);
    }

    @Test
    void aKeyThatIsNotAKeyIsABadRequest() {
        String slotId = fixtures.oneSlot();

        Api.Reply reply = api.post("/api/appointments", booking(slotId).build(), "Idempotency-Key", "{\"$gt\":\"\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("free");
    }

    @Test
    void aReplayAfterARescheduleNeverHandsOutTheRotatedToken() {
        List<String> slots = fixtures.slotsOn("dr-rao", io.spinecare.booking.support.Fixtures.CLINIC_DAY);
        var request = booking(slots.get(0)).build();
        Api.Reply first = api.post("/api/appointments", request, "Idempotency-Key", "replay-key-0001");
        Api.Reply moved = api.post(
                "/api/appointments/" + first.string("reference") + "/reschedule",
                io.spinecare.booking.support.Api.map("slotId", slots.get(1)),
                "X-Manage-Token",
                first.string("manageToken"));
        assertThat(moved.status()).isEqualTo(200);

        Api.Reply replay = api.post("/api/appointments", request, "Idempotency-Key", "replay-key-0001");

        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.string("id")).isEqualTo(first.string("id"));
        assertThat(replay.body().has("manageToken")).isFalse();
        assertThat(replay.toString()).doesNotContain(moved.string("manageToken"));
    }

    @Test
    void aKeyIsForgottenAfterItsRetentionPeriod() {
        List<String> slots = fixtures.slotsOn("dr-rao", io.spinecare.booking.support.Fixtures.CLINIC_DAY);
        api.post("/api/appointments", booking(slots.get(0)).build(), "Idempotency-Key", "expiring-key-01");
        clock.advance(java.time.Duration.ofHours(25));

        Api.Reply reused =
                api.post("/api/appointments", booking(slots.get(1)).build(), "Idempotency-Key", "expiring-key-01");

        assertThat(reused.status()).as("an expired key starts a new booking").isEqualTo(201);
        assertThat(mongo.getCollection("appointments").countDocuments()).isEqualTo(2);
    }

    @Test
    void theCleanUpRemovesExactlyTheExpiredKeys() {
        List<String> slots = fixtures.slotsOn("dr-rao", io.spinecare.booking.support.Fixtures.CLINIC_DAY);
        api.post("/api/appointments", booking(slots.get(0)).build(), "Idempotency-Key", "old-key-000001");
        clock.advance(java.time.Duration.ofHours(23));
        api.post("/api/appointments", booking(slots.get(1)).build(), "Idempotency-Key", "new-key-000001");
        clock.advance(java.time.Duration.ofHours(2));

        assertThat(idempotencyKeys.removeExpired()).isEqualTo(1);
        assertThat(mongo.getCollection("idempotency-keys").find().map(d -> d.getString("_id")))
                .containsExactly("new-key-000001");
    }
}
