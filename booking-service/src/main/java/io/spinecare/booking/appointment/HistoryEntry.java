package io.spinecare.booking.appointment;

import java.time.Instant;

/**
 * One line of an appointment's append-only history: who did what, when and why. Entries are
 * only ever pushed, never edited; a correction is a new entry of action CORRECTED.
 */
public record HistoryEntry(
        Instant at, String actor, Action action, AppointmentStatus from, AppointmentStatus to, String reason) {

    public enum Action {
        BOOKED,
        PREREQUISITES_VERIFIED,
        RESCHEDULED,
        CANCELLED,
        CHECKED_IN,
        COMPLETED,
        NO_SHOW,
        CORRECTED,
        /** The repair found the slot taken by something else: staff must rebook by hand. */
        SLOT_CONFLICT,
        /** Staff read the red-flag answers of an urgent booking and took charge of it (ADR 0210). */
        REVIEW_ACKNOWLEDGED,
        /** The patient's name and contact details were erased; the clinical facts stay (ADR 0212). */
        PATIENT_ERASED
    }

    public static final String PATIENT = "patient";
    public static final String REPAIR = "system:repair";
    public static final String RETENTION = "system:retention";

    public static String staff(String username) {
        return "staff:" + username;
    }
}
