package io.spinecare.booking.repair;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invariant 3: a process dying between two documents' writes never loses a slot for long. */
class CrashRepairTest extends IntegrationTest {

    @Autowired
    ArmedCrashPoints crashPoints;

    @Autowired
    SlotReconciler reconciler;

    @AfterEach
    void disarm() {
        crashPoints.disarm();
    }

    @Test
    void aSlotClaimedByABookingThatDiedBeforeWritingTheAppointmentIsReleased() {
        String slotId = fixtures.oneSlot();
        crashPoints.arm(CrashPoints.AFTER_SLOT_CLAIMED);

        Api.Reply died = api.post("/api/appointments", booking(slotId).build());

        assertThat(died.status()).isEqualTo(500);
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("busy");
        assertThat(mongo.getCollection("appointments").countDocuments()).isZero();

        clock.advance(Duration.ofMinutes(1));
        assertThat(reconciler.repair()).as("still inside the grace period").isZero();

        clock.advance(Duration.ofMinutes(2));
        assertThat(reconciler.repair()).isEqualTo(1);
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("free");
        assertThat(api.post("/api/appointments", booking(slotId).build()).status())
                .isEqualTo(201);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyFinishesABookingThatDied() {
        String slotId = fixtures.oneSlot();
        crashPoints.arm(CrashPoints.AFTER_SLOT_CLAIMED);
        api.post("/api/appointments", booking(slotId).build(), "Idempotency-Key", "died-once-0001");

        Api.Reply retry = api.post("/api/appointments", booking(slotId).build(), "Idempotency-Key", "died-once-0001");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("busy");
        clock.advance(Duration.ofMinutes(5));
        assertThat(reconciler.repair()).isZero();
    }

    @Test
    void theOldSlotOfARescheduleThatDiedHalfWayIsReleased() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        Api.Reply booked = api.post("/api/appointments", booking(slots.get(0)).build());
        crashPoints.arm(CrashPoints.AFTER_RESCHEDULE_RECORDED);

        Api.Reply died = api.post(
                "/api/appointments/" + booked.string("reference") + "/reschedule",
                map("slotId", slots.get(2)),
                "X-Manage-Token",
                booked.string("manageToken"));

        assertThat(died.status()).isEqualTo(500);
        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("busy");
        assertThat(fixtures.slotStatus(slots.get(2))).isEqualTo("busy");

        clock.advance(Duration.ofMinutes(3));
        assertThat(reconciler.repair()).isEqualTo(1);
        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("free");
        assertThat(fixtures.slotStatus(slots.get(2))).isEqualTo("busy");
    }

    @Test
    void theSlotOfACancellationThatDiedBeforeReleasingItIsReleased() {
        String slotId = fixtures.oneSlot();
        Api.Reply booked = api.post("/api/appointments", booking(slotId).build());
        crashPoints.arm(CrashPoints.AFTER_CANCEL_RECORDED);

        api.postEmpty(
                "/api/appointments/" + booked.string("reference") + "/cancel",
                "X-Manage-Token",
                booked.string("manageToken"));
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("busy");

        clock.advance(Duration.ofMinutes(3));
        assertThat(reconciler.repair()).isEqualTo(1);
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("free");
    }

    @Test
    void slotsOfLiveAppointmentsAreLeftAlone() {
        String slotId = fixtures.oneSlot();
        api.post("/api/appointments", booking(slotId).build());

        clock.advance(Duration.ofMinutes(30));

        assertThat(reconciler.repair()).isZero();
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("busy");
    }

    @Test
    void aRescheduleThatDiedAfterClaimingItsNewSlotLeavesTheAppointmentWhereItWas() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        Api.Reply booked = api.post("/api/appointments", booking(slots.get(0)).build());
        String reference = booked.string("reference");
        crashPoints.arm(CrashPoints.AFTER_RESCHEDULE_SLOT_CLAIMED);
        api.post(
                "/api/appointments/" + reference + "/reschedule",
                map("slotId", slots.get(2)),
                "X-Manage-Token",
                booked.string("manageToken"));
        Api.Reply meanwhile = api.post(
                "/api/appointments/" + reference + "/reschedule",
                map("slotId", slots.get(3)),
                "X-Manage-Token",
                booked.string("manageToken"));
        assertThat(meanwhile.problemType())
                .as("the move under way blocks another one")
                .isEqualTo("https://spinecare.io/problems/appointment-changing");

        clock.advance(Duration.ofMinutes(3));
        assertThat(reconciler.repair()).isEqualTo(1);

        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("busy");
        assertThat(fixtures.slotStatus(slots.get(2))).isEqualTo("free");
        Api.Reply moved = api.post(
                "/api/appointments/" + reference + "/reschedule",
                map("slotId", slots.get(3)),
                "X-Manage-Token",
                booked.string("manageToken"));
        assertThat(moved.status()).isEqualTo(200);
    }

    @Test
    void aLiveAppointmentWhoseSlotWasFreedGetsItBack() {
        String slotId = fixtures.oneSlot();
        api.post("/api/appointments", booking(slotId).build());
        freeBehindItsBack(slotId);

        clock.advance(Duration.ofMinutes(3));

        assertThat(reconciler.repair()).isEqualTo(1);
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("busy");
    }

    @Test
    void aLiveAppointmentWhoseSlotSomeoneElseTookIsFlaggedForStaff() {
        String slotId = fixtures.oneSlot();
        Api.Reply booked = api.post("/api/appointments", booking(slotId).build());
        freeBehindItsBack(slotId);
        assertThat(api.postEmpty("/api/slots/" + slotId + "/hold").status()).isEqualTo(201);

        clock.advance(Duration.ofMinutes(3));
        reconciler.repair();

        Api.Reply seen = desk.get("/api/desk/appointments/" + booked.string("id"));
        assertThat(seen.body().path("history").toString()).contains("SLOT_CONFLICT");
    }

    /** What the first release's compensation bug did: a slot freed under a live appointment. */
    private void freeBehindItsBack(String slotId) {
        mongo.getCollection("slots")
                .updateOne(
                        new org.bson.Document("_id", slotId),
                        new org.bson.Document("$set", new org.bson.Document("status", "FREE"))
                                .append("$unset", new org.bson.Document("appointmentId", "").append("claimOp", "")));
    }
}
