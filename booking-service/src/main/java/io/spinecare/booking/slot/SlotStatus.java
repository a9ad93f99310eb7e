package io.spinecare.booking.slot;

import com.fasterxml.jackson.annotation.JsonValue;

/** HL7 FHIR R4 slot status; {@link #code()} is the value in JSON and events. */
public enum SlotStatus {
    FREE("free"),
    BUSY_TENTATIVE("busy-tentative"),
    BUSY("busy"),
    BUSY_UNAVAILABLE("busy-unavailable");

    private final String code;

    SlotStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
