package io.spinecare.booking.appointment;

/** Why an appointment was cancelled: a code, never free text, because it travels in events. */
public enum CancellationReason {
    FEELING_BETTER,
    SCHEDULE_CONFLICT,
    BOOKED_ELSEWHERE,
    URGENT_CARE_REDIRECTED,
    SPECIALIST_UNAVAILABLE,
    DUPLICATE_BOOKING,
    OTHER
}
