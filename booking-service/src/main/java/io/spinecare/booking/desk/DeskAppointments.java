package io.spinecare.booking.desk;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentSlots;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.AppointmentTransitions;
import io.spinecare.booking.appointment.CancellationReason;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.outbox.AppointmentEvent;
import io.spinecare.booking.outbox.BookingEvent;
import io.spinecare.booking.outbox.BookingEvent.AppointmentCheckedIn;
import io.spinecare.booking.outbox.BookingEvent.AppointmentCompleted;
import io.spinecare.booking.outbox.BookingEvent.AppointmentMissed;
import io.spinecare.booking.repair.RepairJournal;
import io.spinecare.booking.system.ClinicTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** Front-desk changes of an appointment's status, each with its history line and event. */
@Service
class DeskAppointments {

    private final AppointmentStore store;
    private final AppointmentTransitions transitions;
    private final AppointmentSlots slots;
    private final RepairJournal journal;
    private final ClinicTime time;

    DeskAppointments(
            AppointmentStore store,
            AppointmentTransitions transitions,
            AppointmentSlots slots,
            RepairJournal journal,
            ClinicTime time) {
        this.store = store;
        this.transitions = transitions;
        this.slots = slots;
        this.journal = journal;
        this.time = time;
    }

    Appointment get(String id) {
        return store.find(id)
                .filter(a -> a.status() != AppointmentStatus.ENTERED_IN_ERROR)
                .orElseThrow(() -> BookingFailure.notFound(
                        "appointment-not-found", "No such appointment", "There is no appointment '" + id + "'."));
    }

    List<Appointment> search(String text) {
        return store.search(text, 50);
    }

    Appointment checkIn(String id, String staff) {
        return move(
                id,
                staff,
                Set.of(AppointmentStatus.BOOKED, AppointmentStatus.PENDING),
                AppointmentStatus.ARRIVED,
                HistoryEntry.Action.CHECKED_IN,
                current -> {
                    if (!current.clinicDate().equals(time.today())) {
                        throw BookingFailure.conflict(
                                "not-today",
                                "Check-in is only possible on the day",
                                "This appointment is on " + current.clinicDate() + ".");
                    }
                },
                AppointmentCheckedIn::new);
    }

    Appointment complete(String id, String staff) {
        return move(
                id,
                staff,
                Set.of(AppointmentStatus.ARRIVED),
                AppointmentStatus.FULFILLED,
                HistoryEntry.Action.COMPLETED,
                current -> {},
                AppointmentCompleted::new);
    }

    Appointment noShow(String id, String staff) {
        return move(
                id,
                staff,
                Set.of(AppointmentStatus.BOOKED, AppointmentStatus.PENDING),
                AppointmentStatus.NOSHOW,
                HistoryEntry.Action.NO_SHOW,
                current -> {
                    if (time.now().isBefore(current.start())) {
                        throw BookingFailure.conflict(
                                "not-started",
                                "The appointment has not started yet",
                                "A no-show can be recorded once the start time has passed.");
                    }
                },
                AppointmentMissed::new);
    }

    Appointment verifyPrerequisites(String id, String staff, String note) {
        return transitions.apply(get(id), current -> {
            require(current, Set.of(AppointmentStatus.PENDING));
            return current.verifyPrerequisites(time.now(), HistoryEntry.staff(staff), note);
        });
    }

    /** Puts right a mistaken status. The mistake stays in the history; the correction is a new line. */
    Appointment correct(String id, String staff, AppointmentStatus to, String reason) {
        if (!AppointmentStatus.CORRECTABLE.contains(to)) {
            throw BookingFailure.refused(
                    "not-correctable",
                    "That status cannot be set by a correction",
                    "Cancel the appointment instead; corrections move between " + AppointmentStatus.CORRECTABLE + ".");
        }
        return transitions.apply(get(id), current -> {
            require(current, AppointmentStatus.CORRECTABLE);
            if (current.status() == to) {
                throw BookingFailure.conflict("no-change", "The appointment already has that status", to.code());
            }
            return current.correct(time.now(), HistoryEntry.staff(staff), to, reason);
        });
    }

    Appointment cancel(String id, String staff, CancellationReason reason) {
        Appointment found = get(id);
        Appointment cancelled = journal.firstWrite(
                journal.note(found.id(), found.slotId()),
                () -> transitions.apply(found, current -> {
                    require(current, AppointmentStatus.ACTIVE);
                    return current.cancel(time.now(), HistoryEntry.staff(staff), "STAFF", reason.name());
                }));
        slots.giveBack(cancelled.id(), cancelled.slotId(), null);
        return cancelled;
    }

    private Appointment move(
            String id,
            String staff,
            Set<AppointmentStatus> from,
            AppointmentStatus to,
            HistoryEntry.Action action,
            Consumer<Appointment> extraCheck,
            Function<AppointmentEvent, BookingEvent> event) {
        return transitions.apply(get(id), current -> {
            require(current, from);
            extraCheck.accept(current);
            return current.advance(time.now(), HistoryEntry.staff(staff), action, to, event);
        });
    }

    private static void require(Appointment current, Set<AppointmentStatus> allowed) {
        if (!allowed.contains(current.status())) {
            throw BookingFailure.conflict(
                    "wrong-status",
                    "Not possible in the appointment's current status",
                    "The appointment is " + current.status().code() + ".");
        }
    }
}
