package io.spinecare.booking.appointment;

import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.system.BookingSettings;
import io.spinecare.booking.system.ClinicTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Repairs what a crash between two documents' writes leaves behind (invariant 3): a slot claimed
 * for an appointment that was never written, that was cancelled, or that moved to another slot.
 * A busy slot must be the current slot of a non-cancelled appointment; after a grace period any
 * other busy slot is released. Safe on every instance at once: each release is a compare-and-set.
 */
@Component
public class SlotReconciler {

    private static final Logger log = LoggerFactory.getLogger(SlotReconciler.class);

    private final SlotBooking slots;
    private final AppointmentStore appointments;
    private final ClinicTime time;
    private final BookingSettings settings;

    SlotReconciler(SlotBooking slots, AppointmentStore appointments, ClinicTime time, BookingSettings settings) {
        this.slots = slots;
        this.appointments = appointments;
        this.time = time;
        this.settings = settings;
    }

    @Scheduled(
            initialDelayString = "${spinecare.booking.repair.every:1m}",
            fixedDelayString = "${spinecare.booking.repair.every:1m}")
    void scheduledRepair() {
        repair();
    }

    /** Returns how many slots were released. */
    public int repair() {
        List<SlotView> claimed =
                slots.claimedBefore(time.now().minus(settings.repair().grace()));
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<String, Appointment> owners =
                appointments
                        .findAll(claimed.stream().map(SlotView::appointmentId).toList())
                        .stream()
                        .collect(Collectors.toMap(Appointment::id, Function.identity()));
        int released = 0;
        for (SlotView slot : claimed) {
            Appointment owner = owners.get(slot.appointmentId());
            boolean owned = owner != null
                    && owner.status() != AppointmentStatus.CANCELLED
                    && owner.slotId().equals(slot.id());
            if (!owned) {
                slots.release(slot.id(), slot.appointmentId());
                log.warn(
                        "Released orphaned slot {} (appointment {} {})",
                        slot.id(),
                        slot.appointmentId(),
                        owner == null ? "never written" : "is " + owner.status().code() + " on " + owner.slotId());
                released++;
            }
        }
        return released;
    }
}
