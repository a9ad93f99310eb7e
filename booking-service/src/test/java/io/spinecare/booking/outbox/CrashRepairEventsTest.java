package io.spinecare.booking.outbox;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.repair.ArmedCrashPoints;
import io.spinecare.booking.repair.CrashPoints;
import io.spinecare.booking.repair.SlotReconciler;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Invariant 3 seen from Kafka: after each injected crash, the reconciler's repair emits exactly the events that the
 * completed operation would have, and none for the part that never happened.
 */
class CrashRepairEventsTest extends IntegrationTest {

    private static final String BOOKED = "io.spinecare.appointment.booked.v2";
    private static final String RESCHEDULED = "io.spinecare.appointment.rescheduled.v2";
    private static final String CANCELLED = "io.spinecare.appointment.cancelled.v2";
    private static final String SLOT_RELEASED = "io.spinecare.slot.released.v1";

    @Autowired
    ArmedCrashPoints crashPoints;

    @Autowired
    SlotReconciler reconciler;

    private EventStream stream;

    @BeforeEach
    void openStream() {
        stream = EventStream.fromNow();
    }

    @AfterEach
    void closeStream() {
        crashPoints.disarm();
        stream.close();
    }

    @Test
    void aBookingThatDiedAfterClaimingItsSlotEmitsOnlyTheSlotsRelease() {
        String slotId = fixtures.oneSlot();
        crashPoints.arm(CrashPoints.AFTER_SLOT_CLAIMED);
        api.post("/api/appointments", booking(slotId).build());

        repairAfterTheGracePeriod();

        List<EventStream.Received> events =
                stream.awaitUntil(received -> types(received).contains(SLOT_RELEASED), Duration.ofSeconds(20));
        assertThat(stream.settle(Duration.ofSeconds(1)))
                .as("no appointment event for a booking that never was")
                .extracting(EventStream.Received::type)
                .containsExactly(SLOT_RELEASED);
        assertThat(events.get(0).subject()).isEqualTo(slotId);
    }

    @Test
    void aRescheduleThatDiedHalfWayEmitsTheRescheduleAndTheOldSlotsRelease() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        Api.Reply booked = api.post("/api/appointments", booking(slots.get(0)).build());
        crashPoints.arm(CrashPoints.AFTER_RESCHEDULE_RECORDED);
        api.post(
                "/api/appointments/" + booked.string("reference") + "/reschedule",
                map("slotId", slots.get(2)),
                "X-Manage-Token",
                booked.string("manageToken"));

        repairAfterTheGracePeriod();

        stream.awaitUntil(received -> types(received).contains(SLOT_RELEASED), Duration.ofSeconds(20));
        List<EventStream.Received> events = stream.settle(Duration.ofSeconds(1));
        assertThat(types(events)).containsExactlyInAnyOrder(BOOKED, RESCHEDULED, SLOT_RELEASED);
        assertThat(events.stream()
                        .filter(e -> e.type().equals(SLOT_RELEASED))
                        .findFirst()
                        .orElseThrow()
                        .subject())
                .isEqualTo(slots.get(0));
        assertThat(types(events.stream()
                        .filter(e -> e.subject().equals(booked.string("id")))
                        .toList()))
                .as("the appointment's own events stay in order")
                .containsExactly(BOOKED, RESCHEDULED);
    }

    @Test
    void aCancellationThatDiedBeforeReleasingTheSlotEmitsTheCancellationAndTheRelease() {
        String slotId = fixtures.oneSlot();
        Api.Reply booked = api.post("/api/appointments", booking(slotId).build());
        crashPoints.arm(CrashPoints.AFTER_CANCEL_RECORDED);
        api.postEmpty(
                "/api/appointments/" + booked.string("reference") + "/cancel",
                "X-Manage-Token",
                booked.string("manageToken"));

        repairAfterTheGracePeriod();

        stream.awaitUntil(received -> types(received).contains(SLOT_RELEASED), Duration.ofSeconds(20));
        assertThat(types(stream.settle(Duration.ofSeconds(1))))
                .containsExactlyInAnyOrder(BOOKED, CANCELLED, SLOT_RELEASED);
    }

    private void repairAfterTheGracePeriod() {
        clock.advance(Duration.ofMinutes(3));
        assertThat(reconciler.repair()).isEqualTo(1);
    }

    private static List<String> types(List<EventStream.Received> events) {
        return events.stream().map(EventStream.Received::type).toList();
    }
}
