package io.spinecare.booking.series;

import io.spinecare.booking.appointment.AppointmentSlots;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.AppointmentTransitions;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.booking.system.SeriesProperties;
import org.springframework.stereotype.Component;

/**
 * Takes back a confirmation that did not complete, whether it failed or its instance died (ADR 0226):
 * first the mark goes (so the slow confirmation can no longer commit), then each visit's appointment
 * is fenced off or voided and its slot given back by the rule of ADR 0208, and the visits' slots are
 * held again where still free. A slot someone else took leaves its visit without one, to be changed.
 */
@Component
class SeriesUndo {

    static final String ACTOR = "system:series";

    private final SeriesStore store;
    private final AppointmentStore appointments;
    private final AppointmentTransitions transitions;
    private final AppointmentSlots appointmentSlots;
    private final SlotBooking slots;
    private final ClinicTime time;
    private final SeriesProperties settings;

    SeriesUndo(
            SeriesStore store,
            AppointmentStore appointments,
            AppointmentTransitions transitions,
            AppointmentSlots appointmentSlots,
            SlotBooking slots,
            ClinicTime time,
            SeriesProperties settings) {
        this.store = store;
        this.appointments = appointments;
        this.transitions = transitions;
        this.appointmentSlots = appointmentSlots;
        this.slots = slots;
        this.time = time;
        this.settings = settings;
    }

    void confirmation(FollowUpSeries marked, String op) {
        FollowUpSeries cleared = store.apply(marked.id(), current -> {
            boolean ours = current.confirming() != null
                    && op.equals(current.confirming().op());
            return ours
                    ? new SeriesStore.Change(current.confirming(null).withVisits(v -> v.withAppointment(null)), null)
                    : null;
        });
        if (cleared.status() == FollowUpSeries.SeriesStatus.CONFIRMED) {
            return; // it did commit: nothing to take back
        }
        for (SeriesVisit visit : marked.visits()) {
            takeBack(visit.appointmentId(), visit.slot().slotId());
        }
        store.apply(
                marked.id(),
                current -> current.confirming() != null || current.status() != FollowUpSeries.SeriesStatus.PROPOSED
                        ? null
                        : new SeriesStore.Change(current.withVisits(this::heldAgain), null));
    }

    private void takeBack(String appointmentId, String slotId) {
        if (!appointments.fenceOff(appointmentId, time.now())) {
            appointments
                    .find(appointmentId)
                    .ifPresent(written -> transitions.apply(
                            written,
                            current -> current.holdsSlot() ? current.undoUnannounced(time.now(), ACTOR) : null));
        }
        appointmentSlots.giveBack(appointmentId, slotId, appointmentId);
    }

    private SeriesVisit heldAgain(SeriesVisit visit) {
        SeriesVisit.ProposedSlot slot = visit.slot();
        if (slot == null || slots.heldUnder(slot.slotId(), slot.holdId())) {
            return visit;
        }
        try {
            var hold = slots.hold(slot.slotId(), settings.holdDuration(), settings.horizon());
            return visit.withSlot(slot.withHold(hold.holdId()));
        } catch (BookingFailure taken) {
            return visit.withSlot(null); // listed for the patient or the desk to choose another slot
        }
    }
}
