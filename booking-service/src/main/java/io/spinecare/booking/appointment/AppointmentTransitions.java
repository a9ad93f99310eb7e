package io.spinecare.booking.appointment;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.outbox.BookingEvent;
import io.spinecare.booking.outbox.Outbox;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies one change to an appointment: the new state, its history line and its event, all in one
 * compare-and-set write. A writer that lost a race re-reads and decides again on fresh state.
 */
@Component
public class AppointmentTransitions {

    private static final int MAX_ATTEMPTS = 16;

    private final AppointmentStore store;
    private final Outbox outbox;

    AppointmentTransitions(AppointmentStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    /**
     * A decided change: {@code next} is the appointment as it will be. A bookkeeping change (marking
     * a reschedule under way) has neither a history line nor an event.
     */
    public record Change(Appointment next, HistoryEntry line, BookingEvent event) {
        public static Change bookkeeping(Appointment next) {
            return new Change(next, null, null);
        }
    }

    /**
     * {@code decide} sees the current appointment and returns the change, null when the appointment
     * already is as wanted (nothing is written), or throws the problem to answer. Returns the
     * appointment as written.
     */
    public Appointment apply(Appointment first, Function<Appointment, Change> decide) {
        Appointment current = first;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Change change = decide.apply(current);
            if (change == null) {
                return current;
            }
            if (store.applyIfUnchanged(current, updateFor(change))) {
                if (change.event() != null) {
                    outbox.committed("appointments", current.id());
                }
                return change.next().committed(change.line());
            }
            current = store.find(first.id()).orElseThrow();
        }
        throw BookingFailure.conflict(
                "appointment-contended", "The appointment is changing right now", "Please try again.");
    }

    /** Takes reschedule mark {@code op} off the appointment; writes nothing once it no longer carries it. */
    public Appointment clearPending(Appointment appointment, String op) {
        return apply(
                appointment,
                current ->
                        current.pending() != null && op.equals(current.pending().op())
                                ? Change.bookkeeping(current.withPending(null))
                                : null);
    }

    private Update updateFor(Change change) {
        Appointment next = change.next();
        Update update = new Update()
                .set("status", next.status())
                .set("prerequisitesVerified", next.prerequisitesVerified())
                .set("slotId", next.slotId())
                .set("specialist", next.specialist())
                .set("location", next.location())
                .set("mode", next.mode())
                .set("start", next.start())
                .set("end", next.end())
                .set("prerequisites", next.prerequisites())
                .set("tokenHash", next.tokenHash())
                .set("tokenGeneration", next.tokenGeneration());
        if (next.pending() == null) {
            update.unset("pending");
        } else {
            update.set("pending", next.pending());
        }
        if (change.line() != null) {
            update.push("history", change.line());
        }
        return change.event() == null ? update : outbox.record(update, change.event());
    }
}
