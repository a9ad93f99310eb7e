package io.spinecare.booking.series;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentSlots;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.AppointmentTransitions;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.outbox.BookingEvent.SeriesChanged;
import io.spinecare.booking.repair.RepairJournal;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.booking.system.SeriesProperties;
import io.spinecare.content.ConsultationType;
import org.springframework.stereotype.Service;

/**
 * Changes of one visit, and the series' cancellation. Before confirmation a visit moves by holding the
 * new slot and letting the old hold go; after it, the visit's appointment is rescheduled the usual way
 * by the caller and the series only records where it went. The other visits never move.
 */
@Service
public class SeriesChanges {

    private final SeriesStore store;
    private final SlotBooking slots;
    private final Specialists specialists;
    private final AppointmentStore appointments;
    private final AppointmentTransitions transitions;
    private final AppointmentSlots appointmentSlots;
    private final RepairJournal journal;
    private final ClinicTime time;
    private final SeriesProperties settings;

    SeriesChanges(
            SeriesStore store,
            SlotBooking slots,
            Specialists specialists,
            AppointmentStore appointments,
            AppointmentTransitions transitions,
            AppointmentSlots appointmentSlots,
            RepairJournal journal,
            ClinicTime time,
            SeriesProperties settings) {
        this.store = store;
        this.slots = slots;
        this.specialists = specialists;
        this.appointments = appointments;
        this.transitions = transitions;
        this.appointmentSlots = appointmentSlots;
        this.journal = journal;
        this.time = time;
        this.settings = settings;
    }

    /** The visit and the slot it may move to: in the visit's window, with someone offering the type. */
    public SlotView checkedSlot(FollowUpSeries series, String visitId, String slotId) {
        SeriesVisit visit = visitOf(series, visitId);
        SlotView slot =
                slots.find(slotId).orElseThrow(() -> BookingFailure.unknownReference("slotId", "No such slot."));
        if (!visit.allows(slot.start().toLocalDate())) {
            throw SeriesFailures.outsideWindow(visit);
        }
        if (!specialists.get(slot.specialistId()).offers(ConsultationType.POST_OPERATIVE)) {
            throw BookingFailure.refused(
                    "slot-does-not-fit",
                    "This slot does not fit the consultation",
                    "Choose a slot of a specialist offering post-operative visits.");
        }
        return slot;
    }

    /** Before confirmation: the visit holds {@code slotId} instead (also how the desk resolves a visit). */
    public FollowUpSeries moveProposed(String seriesId, String visitId, String slotId) {
        FollowUpSeries series = store.find(seriesId).orElseThrow(SeriesFailures::notFound);
        requireProposed(series);
        SlotView slot = checkedSlot(series, visitId, slotId);
        var hold = slots.hold(slotId, settings.holdDuration(), settings.horizon());
        var proposed = SeriesVisit.ProposedSlot.held(
                slot, hold.holdId(), specialists.get(slot.specialistId()).name());
        SeriesVisit[] before = new SeriesVisit[1];
        FollowUpSeries moved;
        try {
            moved = store.apply(seriesId, current -> {
                requireProposed(current);
                before[0] = visitOf(current, visitId);
                FollowUpSeries next = current.withVisits(v -> v.visitId().equals(visitId) ? v.withSlot(proposed) : v);
                return new SeriesStore.Change(next, new SeriesChanged(SeriesEvents.of(next, "visit-moved", visitId)));
            });
        } catch (RuntimeException e) {
            slots.dropHold(slotId, hold.holdId());
            throw e;
        }
        if (before[0].slot() != null) {
            slots.dropHold(before[0].slot().slotId(), before[0].slot().holdId());
        }
        return moved;
    }

    /** After confirmation: the visit's appointment has moved; the series records where to. */
    public FollowUpSeries recordMoved(String seriesId, String visitId, Appointment moved) {
        var slot = SeriesVisit.ProposedSlot.bookedAs(moved);
        return store.apply(seriesId, current -> {
            FollowUpSeries next = current.withVisits(v -> v.visitId().equals(visitId) ? v.withSlot(slot) : v);
            return new SeriesStore.Change(next, new SeriesChanged(SeriesEvents.of(next, "visit-moved", visitId)));
        });
    }

    /** Cancels the visits still to come; past and attended ones stay as they are. */
    public FollowUpSeries cancel(String seriesId, String actor, String cancelledBy) {
        FollowUpSeries series = store.find(seriesId).orElseThrow(SeriesFailures::notFound);
        if (series.confirming() != null) {
            throw SeriesFailures.changing();
        }
        FollowUpSeries cancelled = store.apply(seriesId, current -> {
            if (current.status() == FollowUpSeries.SeriesStatus.CANCELLED) {
                return null;
            }
            if (current.confirming() != null) {
                throw SeriesFailures.changing();
            }
            FollowUpSeries next = current.cancelled();
            return new SeriesStore.Change(next, new SeriesChanged(SeriesEvents.of(next, "cancelled", null)));
        });
        letHoldsGo(cancelled);
        for (SeriesVisit visit : cancelled.visits()) {
            if (visit.appointmentId() != null) {
                appointments.find(visit.appointmentId()).ifPresent(a -> cancelFuture(a, actor, cancelledBy));
            }
        }
        return cancelled;
    }

    /** Frees the slots held for the visits not (yet) booked; a hold that lapsed or was taken stays as it is. */
    void letHoldsGo(FollowUpSeries series) {
        for (SeriesVisit visit : series.visits()) {
            if (visit.appointmentId() == null && visit.slot() != null) {
                slots.dropHold(visit.slot().slotId(), visit.slot().holdId());
            }
        }
    }

    private void cancelFuture(Appointment found, String actor, String cancelledBy) {
        if (!found.status().isActive() || !found.start().isAfter(time.now())) {
            return;
        }
        Appointment cancelled = journal.firstWrite(
                journal.note(found.id(), found.slotId()),
                () -> transitions.apply(
                        found,
                        current -> current.status().isActive()
                                ? current.cancel(time.now(), actor, cancelledBy, "OTHER")
                                : null));
        appointmentSlots.giveBack(cancelled.id(), cancelled.slotId(), null);
    }

    private static SeriesVisit visitOf(FollowUpSeries series, String visitId) {
        SeriesVisit visit = series.visit(visitId);
        if (visit == null) {
            throw SeriesFailures.unknownVisit();
        }
        return visit;
    }

    private static void requireProposed(FollowUpSeries series) {
        if (series.status() != FollowUpSeries.SeriesStatus.PROPOSED) {
            throw SeriesFailures.notProposed(series);
        }
        if (series.confirming() != null) {
            throw SeriesFailures.changing();
        }
    }
}
