package io.spinecare.booking.series;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentSlots;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.References;
import io.spinecare.booking.outbox.BookingEvent.SeriesConfirmed;
import io.spinecare.booking.repair.CrashPoints;
import io.spinecare.booking.repair.RepairJournal;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.booking.system.RandomTokens;
import io.spinecare.booking.system.SeriesProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Confirms a series all or nothing, as the patient sees it (ADR 0226): mark the series, note every
 * visit in the repair journal, take every slot, write every appointment, then commit with one
 * compare-and-set on the series, which alone announces the bookings. Any failure before that commit
 * undoes the lot by the rule of ADR 0208 ({@link SeriesUndo}); so does the repair after a crash.
 */
@Service
public class SeriesConfirmation {

    private final SeriesStore store;
    private final AppointmentStore appointments;
    private final AppointmentSlots appointmentSlots;
    private final RepairJournal journal;
    private final Specialists specialists;
    private final SeriesUndo undo;
    private final ClinicTime time;
    private final SeriesProperties settings;
    private final CrashPoints crashPoints;

    SeriesConfirmation(
            SeriesStore store,
            AppointmentStore appointments,
            AppointmentSlots appointmentSlots,
            RepairJournal journal,
            Specialists specialists,
            SeriesUndo undo,
            ClinicTime time,
            SeriesProperties settings,
            CrashPoints crashPoints) {
        this.store = store;
        this.appointments = appointments;
        this.appointmentSlots = appointmentSlots;
        this.journal = journal;
        this.specialists = specialists;
        this.undo = undo;
        this.time = time;
        this.settings = settings;
        this.crashPoints = crashPoints;
    }

    public FollowUpSeries confirm(String seriesId) {
        String op = RandomTokens.next();
        FollowUpSeries marked = store.apply(seriesId, current -> {
            if (current.status() != FollowUpSeries.SeriesStatus.PROPOSED) {
                throw SeriesFailures.notProposed(current);
            }
            if (current.confirming() != null) {
                throw SeriesFailures.changing();
            }
            if (!current.complete()) {
                throw SeriesFailures.incomplete(current);
            }
            // fresh appointment ids per attempt: an undone attempt fences its own ids for good
            FollowUpSeries next = current.confirming(new FollowUpSeries.Confirming(op, time.now()))
                    .withVisits(v -> v.withAppointment(UUID.randomUUID().toString()));
            return new SeriesStore.Change(next, null);
        });
        try {
            List<SlotView> taken = new ArrayList<>();
            for (SeriesVisit visit : marked.visits()) {
                taken.add(journal.firstWrite(
                        journal.note(visit.appointmentId(), visit.slot().slotId()),
                        () -> appointmentSlots.take(
                                visit.appointmentId(),
                                visit.slot().slotId(),
                                visit.slot().holdId(),
                                visit.appointmentId(),
                                settings.horizon())));
            }
            for (int i = 0; i < taken.size(); i++) {
                SeriesVisit visit = marked.visits().get(i);
                insert(SeriesAppointments.of(
                        marked,
                        visit,
                        taken.get(i),
                        specialists.get(visit.slot().specialistId()),
                        time.now()));
                crashPoints.reached(CrashPoints.AFTER_SERIES_VISIT_WRITTEN);
            }
            return store.apply(seriesId, current -> {
                if (current.confirming() == null
                        || !op.equals(current.confirming().op())) {
                    throw SeriesFailures.changing(); // the repair took this confirmation back
                }
                FollowUpSeries next = current.confirmed();
                return new SeriesStore.Change(next, new SeriesConfirmed(SeriesEvents.of(next)));
            });
        } catch (RuntimeException e) {
            undo.confirmation(marked, op);
            throw e;
        }
    }

    /** Written without events: the series' confirmed event announces them, once all are in. */
    private void insert(Appointment appointment) {
        Appointment next = appointment;
        for (int attempt = 1; ; attempt++) {
            try {
                appointments.insert(next);
                return;
            } catch (DuplicateKeyException e) {
                if (!String.valueOf(e.getMessage()).contains("reference") || attempt == 5) {
                    throw e; // the id is fenced: the repair undid this attempt
                }
                next = next.withReference(References.next());
            }
        }
    }
}
