package io.spinecare.booking.slot;

import io.spinecare.booking.system.ClinicTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Frees slots whose hold lapsed, so a lapsed hold is counted (HoldExpiries) even when nobody takes the slot again,
 * and the slot document reads free without the clock. A hold already reads free once it lapses (Slot#statusAt):
 * this changes no answer, it only makes the count complete. Safe on every instance at once: each release is a
 * compare-and-set that loses to a booking, and only the winning write counts.
 */
@Component
class LapsedHoldSweep {

    private static final int BATCH = 500;

    private final SlotStore store;
    private final SlotBooking booking;
    private final ClinicTime time;

    LapsedHoldSweep(SlotStore store, SlotBooking booking, ClinicTime time) {
        this.store = store;
        this.booking = booking;
        this.time = time;
    }

    @Scheduled(
            initialDelayString = "${spinecare.booking.holds.sweep-every:30s}",
            fixedDelayString = "${spinecare.booking.holds.sweep-every:30s}")
    void scheduledSweep() {
        sweep();
    }

    /** Ends the holds lapsed by now, a batch at a time; the next run takes the rest. */
    void sweep() {
        var now = time.now();
        for (Slot slot : store.lapsedBy(now, BATCH)) {
            booking.endLapsedHold(slot.id(), now);
        }
    }
}
