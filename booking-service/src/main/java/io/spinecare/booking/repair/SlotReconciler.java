package io.spinecare.booking.repair;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentSlots;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.AppointmentTransitions;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Repairs what a crash between two documents' writes leaves behind (invariant 3), in both
 * directions, for exactly the changes of the last minutes (the RepairJournal): a slot busy for an
 * appointment that was never written, was cancelled or moved away is freed; a live appointment
 * whose slot is not busy for it gets the slot back, or is flagged for staff when someone else has
 * it. Safe on every instance at once: every write is a compare-and-set, and nothing is freed
 * before the appointment is fenced off (ADR 0208).
 */
@Component
public class SlotReconciler {

    private static final Logger log = LoggerFactory.getLogger(SlotReconciler.class);
    private static final int BATCH = 500;

    private final RepairJournal journal;
    private final AppointmentStore store;
    private final AppointmentTransitions transitions;
    private final AppointmentSlots appointmentSlots;
    private final SlotBooking slots;
    private final ClinicTime time;
    private final BookingProperties settings;

    SlotReconciler(
            RepairJournal journal,
            AppointmentStore store,
            AppointmentTransitions transitions,
            AppointmentSlots appointmentSlots,
            SlotBooking slots,
            ClinicTime time,
            BookingProperties settings) {
        this.journal = journal;
        this.store = store;
        this.transitions = transitions;
        this.appointmentSlots = appointmentSlots;
        this.slots = slots;
        this.time = time;
        this.settings = settings;
    }

    @Scheduled(
            initialDelayString = "${spinecare.booking.repair.every:1m}",
            fixedDelayString = "${spinecare.booking.repair.every:1m}")
    void scheduledRepair() {
        repair();
    }

    /** Checks every change whose grace period has passed; returns how many slots were freed or restored. */
    public int repair() {
        int repaired = 0;
        for (RepairJournal.Note note : journal.due(BATCH)) {
            repaired += check(note);
            journal.checked(note);
        }
        return repaired;
    }

    private int check(RepairJournal.Note note) {
        String id = note.appointmentId();
        Appointment current = store.find(id).orElse(null);
        if (current == null) {
            if (note.slotIds().stream().noneMatch(slotId -> busyFor(slotId, id))) {
                return 0; // the change died before it claimed anything
            }
            store.fenceOff(id, time.now()); // from now on nothing can write it...
            current = store.find(id).orElseThrow(); // ...unless it was written just now
        }
        if (current.pending() != null && isStale(current.pending())) {
            current = takeBack(current);
        }
        Set<String> slotIds = new LinkedHashSet<>(note.slotIds());
        if (current.holdsSlot()) {
            slotIds.add(current.slotId());
        }
        int repaired = 0;
        for (String slotId : slotIds) {
            if (current.holdsSlot() && slotId.equals(current.slotId())) {
                repaired += keepSlotOf(current);
            } else if (appointmentSlots.giveBack(id, slotId, null)) {
                log.warn(
                        "Released slot {} left busy for appointment {} ({})",
                        slotId,
                        id,
                        current.status().code());
                repaired++;
            }
        }
        return repaired;
    }

    /** The other direction: a live appointment must find its slot busy for it. */
    private int keepSlotOf(Appointment appointment) {
        if (busyFor(appointment.slotId(), appointment.id())) {
            return 0;
        }
        if (slots.restore(appointment.slotId(), appointment.id())) {
            log.warn("Restored slot {} to appointment {}", appointment.slotId(), appointment.id());
            return 1;
        }
        log.error(
                "Appointment {} is {} on slot {}, which is taken: staff must rebook it",
                appointment.id(),
                appointment.status().code(),
                appointment.slotId());
        transitions.apply(
                appointment,
                current -> new AppointmentTransitions.Change(
                        current,
                        new HistoryEntry(
                                time.now(),
                                HistoryEntry.REPAIR,
                                HistoryEntry.Action.SLOT_CONFLICT,
                                current.status(),
                                current.status(),
                                "slot " + current.slotId() + " is taken"),
                        null));
        return 0;
    }

    /** Clears a reschedule mark left by an operation that died, so it can never complete. */
    private Appointment takeBack(Appointment appointment) {
        return transitions.clearPending(appointment, appointment.pending().op());
    }

    private boolean isStale(Appointment.PendingMove pending) {
        return !pending.since().plus(settings.repair().grace()).isAfter(time.now());
    }

    private boolean busyFor(String slotId, String appointmentId) {
        return slots.find(slotId)
                .map(slot -> appointmentId.equals(slot.appointmentId()))
                .orElse(false);
    }
}
