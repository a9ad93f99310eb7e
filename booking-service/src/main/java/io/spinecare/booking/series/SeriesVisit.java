package io.spinecare.booking.series;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.content.FollowUpImaging;
import io.spinecare.content.FollowUpWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One visit of a series: its window from the procedure's schedule, the scans it needs, and the slot
 * proposed for it ({@code slotId} null: no free slot in the window, for the desk to resolve). Once
 * the series is confirmed, {@code appointmentId} names the visit's appointment.
 */
public record SeriesVisit(
        String visitId,
        String name,
        LocalDate earliest,
        LocalDate target,
        LocalDate latest,
        List<FollowUpImaging> imaging,
        ProposedSlot slot,
        String appointmentId) {

    /**
     * The slot held for the visit: where, when, with whom, and the hold that keeps it. The specialist's
     * name travels with it so the series e-mail can name who the patient sees (null on older series).
     */
    public record ProposedSlot(
            String slotId,
            String holdId,
            String specialistId,
            Instant start,
            Instant end,
            String zone,
            String specialistName) {

        /** {@code slot}, held for the visit under {@code holdId}. */
        static ProposedSlot held(SlotView slot, String holdId, String specialistName) {
            return new ProposedSlot(
                    slot.id(),
                    holdId,
                    slot.specialistId(),
                    slot.startInstant(),
                    slot.end().toInstant(),
                    slot.timeZone(),
                    specialistName);
        }

        /** Where the visit's appointment is now: booked, so no hold. */
        static ProposedSlot bookedAs(Appointment appointment) {
            return new ProposedSlot(
                    appointment.slotId(),
                    null,
                    appointment.specialist().id(),
                    appointment.start(),
                    appointment.end(),
                    appointment.zone(),
                    appointment.specialist().name());
        }

        ProposedSlot withHold(String next) {
            return new ProposedSlot(slotId, next, specialistId, start, end, zone, specialistName);
        }
    }

    static SeriesVisit unplanned(FollowUpWindow window) {
        return new SeriesVisit(
                window.visit().id(),
                window.visit().name(),
                window.earliest(),
                window.target(),
                window.latest(),
                window.visit().imaging(),
                null,
                null);
    }

    public boolean planned() {
        return slot != null;
    }

    public boolean allows(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    SeriesVisit withSlot(ProposedSlot next) {
        return new SeriesVisit(visitId, name, earliest, target, latest, imaging, next, appointmentId);
    }

    SeriesVisit withAppointment(String next) {
        return new SeriesVisit(visitId, name, earliest, target, latest, imaging, slot, next);
    }
}
