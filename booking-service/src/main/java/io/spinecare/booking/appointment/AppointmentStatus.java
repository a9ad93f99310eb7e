package io.spinecare.booking.appointment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Set;

/** HL7 FHIR R4 appointment status; {@link #code()} is the value in JSON and events. */
public enum AppointmentStatus {
    PENDING("pending"),
    BOOKED("booked"),
    ARRIVED("arrived"),
    FULFILLED("fulfilled"),
    CANCELLED("cancelled"),
    NOSHOW("noshow"),
    /** A booking that was undone before it completed; never shown, never counted (ADR 0208). */
    ENTERED_IN_ERROR("entered-in-error");

    /** Statuses in which the appointment holds its slot and the patient may still change it. */
    public static final Set<AppointmentStatus> ACTIVE = EnumSet.of(PENDING, BOOKED);

    /** Statuses a mistaken status may be corrected from and to (cancellation frees a slot: not correctable). */
    public static final Set<AppointmentStatus> CORRECTABLE = EnumSet.of(PENDING, BOOKED, ARRIVED, FULFILLED, NOSHOW);

    private final String code;

    AppointmentStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** Keeps its slot busy: everything but a cancellation or an undone booking. */
    boolean holdsSlot() {
        return this != CANCELLED && this != ENTERED_IN_ERROR;
    }
}
