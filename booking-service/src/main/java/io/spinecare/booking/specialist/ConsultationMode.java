package io.spinecare.booking.specialist;

/** How a consultation happens. */
public enum ConsultationMode {
    IN_PERSON,
    VIDEO
}
