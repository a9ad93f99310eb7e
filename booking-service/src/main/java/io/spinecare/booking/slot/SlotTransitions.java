package io.spinecare.booking.slot;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.outbox.BookingEvent.SlotFact;
import io.spinecare.booking.outbox.Outbox;
import io.spinecare.booking.outbox.SlotEvent;
import io.spinecare.booking.system.ClinicTime;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** How {@link SlotBooking} writes: one slot change, its event and its hold-expiry count, or none. */
@Component
class SlotTransitions {

    private static final int MAX_ATTEMPTS = 16;

    /** The slot's next state, and the event that announces it (null: none). */
    record Change(SlotState next, SlotFact event) {}

    private final SlotStore store;
    private final Outbox outbox;
    private final HoldExpiries expiries;

    SlotTransitions(SlotStore store, Outbox outbox, HoldExpiries expiries) {
        this.store = store;
        this.outbox = outbox;
        this.expiries = expiries;
    }

    static SlotEvent eventOf(Slot slot, SlotStatus status) {
        return new SlotEvent(
                slot.id(),
                slot.specialistId(),
                ClinicTime.at(slot.start(), slot.zone()),
                ClinicTime.at(slot.end(), slot.zone()),
                slot.zone(),
                status.code());
    }

    /**
     * Read, decide, compare-and-set; on a lost race read again. {@code decide} returns the change,
     * empty when the slot already is as wanted, or throws the problem to answer.
     */
    Slot apply(String slotId, Instant now, Supplier<BookingFailure> missing, Function<Slot, Optional<Change>> decide) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Slot> current = store.find(slotId);
            if (current.isEmpty()) {
                BookingFailure problem = missing.get();
                if (problem == null) {
                    return null;
                }
                throw problem;
            }
            Optional<Change> change = decide.apply(current.get());
            if (change.isEmpty()) {
                return current.get();
            }
            Update update = change.get().next().asUpdate(slotId);
            if (change.get().event() != null) {
                outbox.record(update, change.get().event());
            }
            if (store.applyIfUnchanged(current.get(), update)) {
                expiries.countIfLapsed(current.get(), now); // this write, and only this one, ended that hold
                if (change.get().event() != null) {
                    outbox.committed("slots", slotId);
                }
                return current.get().changedTo(change.get().next());
            }
        }
        throw SlotProblems.contended(slotId);
    }
}
