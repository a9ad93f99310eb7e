package io.spinecare.booking.appointment;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.content.ConsultationType;
import org.springframework.stereotype.Component;

/**
 * The one way an appointment takes a slot and gives one back: a booking and a reschedule both find
 * the slot with {@link #offered}, then claim it with {@link #take}. The rule for giving back (invariant
 * 5, ADR 0208): a slot is freed only by a conditional write proving that it is still busy for the
 * appointment under the operation being undone, after a fresh read has shown that the appointment
 * neither holds it nor is moving onto it. So a failed or losing request never undoes a winner.
 */
@Component
public class AppointmentSlots {

    private final SlotBooking slots;
    private final AppointmentStore store;
    private final Specialists specialists;
    private final BookingRules rules;

    AppointmentSlots(SlotBooking slots, AppointmentStore store, Specialists specialists, BookingRules rules) {
        this.slots = slots;
        this.store = store;
        this.specialists = specialists;
        this.rules = rules;
    }

    /** A slot an appointment may take, and the specialist it is with. */
    public record Offer(SlotView slot, Specialist specialist) {}

    /** The slot, checked before anything is written: it exists and fits the consultation. */
    public Offer offered(String slotId, ConsultationType type, String conditionId) {
        SlotView slot =
                slots.find(slotId).orElseThrow(() -> BookingFailure.unknownReference("slotId", "No such slot."));
        Specialist specialist = specialists.get(slot.specialistId());
        rules.checkFit(slot, specialist, type, conditionId);
        return new Offer(slot, specialist);
    }

    /** Throws what {@link #take} would answer right now, without writing anything. */
    public void requireTakeable(String appointmentId, String slotId, String holdId, String op) {
        slots.requireClaimable(slotId, holdId, appointmentId, op);
    }

    /** Claims the slot for the appointment on behalf of operation {@code op}. */
    public SlotView take(String appointmentId, String slotId, String holdId, String op) {
        return slots.claim(slotId, holdId, appointmentId, op);
    }

    /** As {@link #take}, for a slot up to {@code horizon} ahead (a follow-up series, ADR 0226). */
    public SlotView take(String appointmentId, String slotId, String holdId, String op, java.time.Duration horizon) {
        return slots.claim(slotId, holdId, appointmentId, op, horizon);
    }

    /**
     * Frees the slot unless the appointment holds it or a reschedule is moving it there. {@code op}
     * null: whichever operation claimed it (a slot the appointment has left). True when freed.
     */
    public boolean giveBack(String appointmentId, String slotId, String op) {
        Appointment current = store.find(appointmentId).orElse(null);
        if (current == null) {
            return false; // a booking still being written: it is fenced off before its slot is freed
        }
        boolean holds = current.holdsSlot() && slotId.equals(current.slotId());
        boolean movingThere =
                current.pending() != null && slotId.equals(current.pending().slotId());
        if (holds || movingThere) {
            return false;
        }
        return slots.release(slotId, appointmentId, op);
    }
}
