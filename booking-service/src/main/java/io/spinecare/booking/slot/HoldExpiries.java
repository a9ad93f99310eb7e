package io.spinecare.booking.slot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Counts holds that lapsed unbooked ({@code spinecare.holds.expired}). A lapsed hold stays in its slot until a write
 * removes it: the sweep (LapsedHoldSweep), or anyone taking the slot first, such as a patient booking after the hold
 * ran out. Every slot write is a compare-and-set on the slot's revision, so exactly one write removes a given hold,
 * and the one that did counts it: each lapsed hold is counted once, a hold that was booked in time never.
 */
@Component
class HoldExpiries {

    private final Counter expired;

    HoldExpiries(MeterRegistry meters) {
        this.expired = Counter.builder("spinecare.holds.expired")
                .description("Holds that lapsed without a booking")
                .register(meters);
    }

    /** Whether {@code slot} still carries a hold that ran out by {@code now}. */
    static boolean lapsed(Slot slot, Instant now) {
        return slot.status() == SlotStatus.BUSY_TENTATIVE && slot.statusAt(now) == SlotStatus.FREE;
    }

    /** Called after a write of {@code before} won: counts the hold that write removed, if it had lapsed. */
    void countIfLapsed(Slot before, Instant now) {
        if (lapsed(before, now)) {
            expired.increment();
        }
    }
}
