package io.spinecare.booking.desk;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.audit.AuditLog;
import java.util.Map;

/**
 * The audit record's before/after of a desk change of an appointment, read from the history line the
 * change added: statuses and the slot, never the patient or the staff's free-text notes.
 */
final class AppointmentSummaries {

    private AppointmentSummaries() {}

    static Map<String, String> before(Appointment changed) {
        HistoryEntry line = lastLine(changed);
        return AuditLog.state(
                "status", line.from() == null ? null : line.from().code(),
                "slotId", changed.slotId(),
                "reviewAcknowledged", line.action() == HistoryEntry.Action.REVIEW_ACKNOWLEDGED ? false : null);
    }

    static Map<String, String> after(Appointment changed) {
        return AuditLog.state(
                "status", changed.status().code(),
                "slotId", changed.slotId(),
                "reviewAcknowledged", changed.urgentReview() ? changed.reviewAcknowledged() : null,
                "action", lastLine(changed).action());
    }

    private static HistoryEntry lastLine(Appointment changed) {
        return changed.history().get(changed.history().size() - 1);
    }
}
