package io.spinecare.booking.slot;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.outbox.BookingEvent.SlotBlocked;
import io.spinecare.booking.outbox.BookingEvent.SlotReleased;
import io.spinecare.booking.slot.SlotTransitions.Change;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.booking.system.RandomTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Every change of a slot's status: hold, claim for an appointment, release, block. Each is a
 * read, a decision in Java, and a compare-and-set on the slot's revision; a writer that loses the
 * race re-reads and decides again, so a slot can never be held or booked twice (invariant 1);
 * {@link SlotTransitions} does the writing.
 */
@Service
public class SlotBooking {

    /** The claim tag of a slot given back to its appointment by a repair. */
    static final String RESTORED = "restored";

    private final SlotStore store;
    private final SlotTransitions transitions;
    private final ClinicTime time;
    private final BookingProperties settings;
    private final ApplicationEventPublisher freed;

    SlotBooking(
            SlotStore store,
            SlotTransitions transitions,
            ClinicTime time,
            BookingProperties settings,
            ApplicationEventPublisher freed) {
        this.store = store;
        this.transitions = transitions;
        this.time = time;
        this.settings = settings;
        this.freed = freed;
    }

    public record HoldGranted(String holdId, String slotId, OffsetDateTime expiresAt) {}

    public Optional<SlotView> find(String slotId) {
        return store.find(slotId).map(slot -> SlotView.of(slot, time.now()));
    }

    /** Every slot of one clinic day, whatever its status, for the desk's agenda. */
    public java.util.List<SlotView> day(java.time.LocalDate date, java.util.Collection<String> specialistIds) {
        Instant now = time.now();
        return store.between(specialistIds, time.startOf(date), time.startOf(date.plusDays(1))).stream()
                .map(slot -> SlotView.of(slot, now))
                .toList();
    }

    public HoldGranted hold(String slotId) {
        return hold(slotId, settings.holdDuration(), settings.horizon());
    }

    /**
     * A hold lasting {@code lasting} on a slot up to {@code horizon} ahead: a follow-up series holds its
     * proposed slots until the patient answers, months after the surgery (ADR 0226).
     */
    public HoldGranted hold(String slotId, Duration lasting, Duration horizon) {
        Instant now = time.now();
        Slot.Hold hold = new Slot.Hold(RandomTokens.next(), now.plus(lasting));
        Slot held = transitions.apply(slotId, now, () -> SlotProblems.notFound(slotId), slot -> {
            requireBookable(slot, now, horizon);
            if (slot.statusAt(now) != SlotStatus.FREE) {
                throw SlotProblems.taken(slotId);
            }
            return Optional.of(
                    new Change(new SlotState(SlotStatus.BUSY_TENTATIVE, hold, null, null, null, null), null));
        });
        return new HoldGranted(hold.id(), slotId, ClinicTime.at(held.hold().expiresAt(), held.zone()));
    }

    /**
     * Takes the slot for an appointment on behalf of operation {@code op}: a free slot, or one held
     * under {@code holdId}. Claiming again with the same appointment and operation is a no-op, which
     * makes a retried step safe; a slot busy for the same appointment under another operation is
     * taken, so two operations never share (and never undo) one claim.
     */
    public SlotView claim(String slotId, String holdId, String appointmentId, String op) {
        return claim(slotId, holdId, appointmentId, op, settings.horizon());
    }

    /** As {@link #claim(String, String, String, String)}, for a slot up to {@code horizon} ahead. */
    public SlotView claim(String slotId, String holdId, String appointmentId, String op, Duration horizon) {
        Instant now = time.now();
        Slot claimed = transitions.apply(
                slotId,
                now,
                () -> BookingFailure.unknownReference("slotId", "No such slot."),
                slot -> decideClaim(slot, holdId, appointmentId, op, now, horizon));
        return SlotView.of(claimed, now);
    }

    /** Throws the problem a claim of the slot would answer right now, without writing anything. */
    public void requireClaimable(String slotId, String holdId, String appointmentId, String op) {
        Slot slot = store.find(slotId).orElseThrow(() -> BookingFailure.unknownReference("slotId", "No such slot."));
        decideClaim(slot, holdId, appointmentId, op, time.now(), settings.horizon());
    }

    /** Whether the slot is still held under {@code holdId}. */
    public boolean heldUnder(String slotId, String holdId) {
        Instant now = time.now();
        return store.find(slotId)
                .filter(slot -> slot.statusAt(now) == SlotStatus.BUSY_TENTATIVE
                        && holdId != null
                        && holdId.equals(slot.hold().id()))
                .isPresent();
    }

    /**
     * Frees a slot whose hold lapsed by {@code now}, and offers it on (ADR 0222); a slot changed meanwhile (booked,
     * held again) is left alone.
     */
    void endLapsedHold(String slotId, Instant now) {
        boolean[] freedNow = {false};
        transitions.apply(slotId, now, () -> null, slot -> {
            freedNow[0] = HoldExpiries.lapsed(slot, now);
            return freedNow[0] ? Optional.of(new Change(SlotState.free(), null)) : Optional.empty();
        });
        if (freedNow[0]) {
            freed.publishEvent(new SlotsFreed(java.util.List.of(slotId)));
        }
    }

    private Optional<Change> decideClaim(
            Slot slot, String holdId, String appointmentId, String op, Instant now, Duration horizon) {
        if (slot.busyFor(appointmentId) && op.equals(slot.claimOp())) {
            return Optional.empty();
        }
        requireBookable(slot, now, horizon);
        SlotStatus status = slot.statusAt(now);
        boolean ownHold = status == SlotStatus.BUSY_TENTATIVE
                && holdId != null
                && holdId.equals(slot.hold().id());
        if (status != SlotStatus.FREE && !ownHold) {
            throw SlotProblems.taken(slot.id());
        }
        return Optional.of(new Change(SlotState.claimed(appointmentId, op, now), null));
    }

    /**
     * Gives a slot back to its appointment after a repair found the appointment live on a slot that
     * was not busy for it. Only a free slot is taken; true when the slot is now busy for it.
     */
    public boolean restore(String slotId, String appointmentId) {
        Instant now = time.now();
        Slot slot = transitions.apply(slotId, now, () -> null, current -> {
            if (current.busyFor(appointmentId) || current.statusAt(now) != SlotStatus.FREE) {
                return Optional.empty();
            }
            return Optional.of(new Change(SlotState.claimed(appointmentId, RESTORED, now), null));
        });
        return slot != null && slot.busyFor(appointmentId);
    }

    /**
     * Frees a slot busy for {@code appointmentId}, and only if operation {@code op} claimed it (any
     * operation when {@code op} is null). The caller has proven that the appointment does not hold
     * this slot (AppointmentSlots); anything else is left alone, so this is idempotent.
     */
    public boolean release(String slotId, String appointmentId, String op) {
        boolean[] released = {false}; // the last decision is the one that was written
        transitions.apply(slotId, time.now(), () -> null, slot -> {
            released[0] = slot.busyFor(appointmentId) && (op == null || op.equals(slot.claimOp()));
            if (!released[0]) {
                return Optional.empty();
            }
            return Optional.of(
                    new Change(SlotState.free(), new SlotReleased(SlotTransitions.eventOf(slot, SlotStatus.FREE))));
        });
        if (released[0]) {
            freed.publishEvent(new SlotsFreed(java.util.List.of(slotId)));
        }
        return released[0];
    }

    /**
     * Ends a hold early (a series visit moved to another slot, a declined or expired waitlist offer): the slot is
     * free again if it is still held under {@code holdId}, and offered on (ADR 0222); anything else (booked
     * meanwhile, held by someone else) is left alone.
     */
    public boolean dropHold(String slotId, String holdId) {
        Instant now = time.now();
        boolean[] released = {false};
        transitions.apply(slotId, now, () -> null, slot -> {
            released[0] = slot.statusAt(now) == SlotStatus.BUSY_TENTATIVE
                    && holdId != null
                    && holdId.equals(slot.hold().id());
            return released[0] ? Optional.of(new Change(SlotState.free(), null)) : Optional.empty();
        });
        if (released[0]) {
            freed.publishEvent(new SlotsFreed(java.util.List.of(slotId)));
        }
        return released[0];
    }

    public SlotView block(String slotId, String reason) {
        Instant now = time.now();
        Slot blocked = transitions.apply(slotId, now, () -> SlotProblems.notFound(slotId), slot -> {
            SlotStatus status = slot.statusAt(now);
            if (status == SlotStatus.BUSY_UNAVAILABLE) {
                return Optional.empty();
            }
            if (status != SlotStatus.FREE) {
                throw SlotProblems.taken(slotId);
            }
            return Optional.of(new Change(
                    new SlotState(SlotStatus.BUSY_UNAVAILABLE, null, null, null, null, reason),
                    new SlotBlocked(SlotTransitions.eventOf(slot, SlotStatus.BUSY_UNAVAILABLE))));
        });
        return SlotView.of(blocked, now);
    }

    public SlotView unblock(String slotId) {
        Instant now = time.now();
        Slot released = transitions.apply(slotId, now, () -> SlotProblems.notFound(slotId), slot -> {
            SlotStatus status = slot.statusAt(now);
            if (status == SlotStatus.FREE) {
                return Optional.empty();
            }
            if (status != SlotStatus.BUSY_UNAVAILABLE) {
                throw SlotProblems.notBlocked(slotId);
            }
            return Optional.of(
                    new Change(SlotState.free(), new SlotReleased(SlotTransitions.eventOf(slot, SlotStatus.FREE))));
        });
        freed.publishEvent(new SlotsFreed(java.util.List.of(slotId)));
        return SlotView.of(released, now);
    }

    /** A decided change: the slot's next state and the event it announces, if any. */
    private void requireBookable(Slot slot, Instant now, Duration horizon) {
        if (slot.start().isBefore(now.plus(settings.minNotice()))) {
            throw SlotProblems.tooSoon(slot.id());
        }
        if (slot.start().isAfter(now.plus(horizon))) {
            throw SlotProblems.tooFar(slot.id());
        }
    }
}
