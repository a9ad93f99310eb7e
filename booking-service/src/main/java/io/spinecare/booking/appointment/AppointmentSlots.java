package io.spinecare.booking.appointment;

import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotView;
import org.springframework.stereotype.Component;

/**
 * The one way an appointment takes a slot and gives one back. The rule for giving back (invariant
 * 5, ADR 0208): a slot is freed only by a conditional write proving that it is still busy for the
 * appointment under the operation being undone, after a fresh read has shown that the appointment
 * neither holds it nor is moving onto it. So a failed or losing request never undoes a winner.
 */
@Component
public class AppointmentSlots {

    private final SlotBooking slots;
    private final AppointmentStore store;

    AppointmentSlots(SlotBooking slots, AppointmentStore store) {
        this.slots = slots;
        this.store = store;
    }

    /** Claims the slot for the appointment on behalf of operation {@code op}. */
    public SlotView take(String appointmentId, String slotId, String holdId, String op) {
        return slots.claim(slotId, holdId, appointmentId, op);
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
