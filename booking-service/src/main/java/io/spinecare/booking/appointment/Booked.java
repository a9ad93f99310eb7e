package io.spinecare.booking.appointment;

import io.spinecare.booking.outbox.BookingEvent;

/** A new appointment as {@link Appointment#book} made it, not yet written, and the triage of its answers. */
public record Booked(Appointment appointment, UrgentCare triage) {

    /**
     * The events that announce it: AppointmentBooked, and UrgentReviewRequested when the triage asks for a review
     * within hours. Made from the appointment as it is, so a rename after a reference collision is in them.
     */
    public BookingEvent[] events() {
        return AppointmentEvents.booked(appointment, triage);
    }

    /** The same booking under another reference, after its reference collided with another's. */
    public Booked renamed(String reference) {
        return new Booked(appointment.withReference(reference), triage);
    }
}
