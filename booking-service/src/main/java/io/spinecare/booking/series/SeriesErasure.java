package io.spinecare.booking.series;

import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.outbox.BookingEvent.SeriesChanged;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Removes an erased patient from their follow-up series (ADRs 0212 and 0226): the series' copy of the name
 * and contact details goes, and a proposal is cancelled and its held slots let go, so it can never be
 * confirmed into appointments for that patient. A confirmation caught half-way is taken back first, as the
 * repair would; the visit appointments it had written are handed back to be erased like the others.
 * Confirmed visits stay booked: they are appointments of their own, erased with the patient's others.
 */
@Component
public class SeriesErasure {

    private static final int MAX_ATTEMPTS = 16;

    private final SeriesStore store;
    private final SeriesChanges changes;
    private final SeriesUndo undo;
    private final AppointmentStore appointments;

    SeriesErasure(SeriesStore store, SeriesChanges changes, SeriesUndo undo, AppointmentStore appointments) {
        this.store = store;
        this.changes = changes;
        this.undo = undo;
        this.appointments = appointments;
    }

    /**
     * Erases the series recorded at or booked as any of {@code appointmentIds}; answers the ids of visit
     * appointments a taken-back confirmation had written, which still carry the patient.
     */
    public Set<String> eraseOf(Collection<String> appointmentIds) {
        Set<String> written = new LinkedHashSet<>();
        if (!appointmentIds.isEmpty()) {
            store.ofAppointments(appointmentIds).forEach(series -> written.addAll(erase(series.id())));
        }
        return written;
    }

    /** The retention job's way in: series whose last visit window closed before {@code day}. */
    public int eraseClosedBefore(LocalDate day, int limit) {
        List<FollowUpSeries> due = store.withPatientAndAllWindowsClosedBefore(day, limit);
        due.forEach(series -> erase(series.id()));
        return due.size();
    }

    private Set<String> erase(String seriesId) {
        Set<String> written = new LinkedHashSet<>();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            FollowUpSeries current = store.find(seriesId).orElse(null);
            if (current == null) {
                return written;
            }
            if (current.confirming() != null) {
                undo.confirmation(current, current.confirming().op());
                // every id is fenced off now, or voided with the patient still on it
                current.visits().stream()
                        .map(SeriesVisit::appointmentId)
                        .filter(id -> id != null
                                && appointments
                                        .find(id)
                                        .filter(a -> a.patient() != null)
                                        .isPresent())
                        .forEach(written::add);
                continue;
            }
            FollowUpSeries after = store.apply(seriesId, SeriesErasure::decide);
            if (after.confirming() == null) {
                changes.letHoldsGo(after);
                return written;
            }
            // a confirmation began meanwhile: take it back on the next round
        }
        throw SeriesFailures.changing();
    }

    private static SeriesStore.Change decide(FollowUpSeries current) {
        boolean proposed = current.status() == FollowUpSeries.SeriesStatus.PROPOSED;
        if (current.confirming() != null || (!proposed && current.patient() == null)) {
            return null; // a confirmation to take back first, or erased before
        }
        FollowUpSeries next = current.erased();
        return new SeriesStore.Change(
                next, proposed ? new SeriesChanged(SeriesEvents.of(next, "cancelled", null)) : null);
    }
}
