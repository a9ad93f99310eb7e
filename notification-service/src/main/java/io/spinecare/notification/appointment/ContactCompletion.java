package io.spinecare.notification.appointment;

import io.spinecare.notification.contact.BookingContacts;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Puts the patient's contact details into a {@code .v2} event that will send something: fetched from
 * booking-service at handling time, so an erased patient is never written to (ADR 0212). A {@code .v1}
 * event still carries them. No contact (erased or unknown) leaves a patient nobody can be sent to.
 */
@Component
class ContactCompletion {

    private static final Set<AppointmentEventType> SENDING = EnumSet.of(
            AppointmentEventType.BOOKED,
            AppointmentEventType.PREREQUISITES_VERIFIED,
            AppointmentEventType.RESCHEDULED,
            AppointmentEventType.CANCELLED,
            AppointmentEventType.URGENT_REVIEW_REQUESTED);

    private final BookingContacts contacts;

    ContactCompletion(BookingContacts contacts) {
        this.contacts = contacts;
    }

    ReceivedEvent complete(ReceivedEvent event) {
        if (event.body().schemaVersion() < 2 || !SENDING.contains(event.type())) {
            return event;
        }
        AppointmentEvent.Patient patient = contacts.of(event.body().appointmentId())
                .map(c -> new AppointmentEvent.Patient(
                        c.name(), c.email(), c.phone(), event.body().patient().channels()))
                .orElseGet(() -> new AppointmentEvent.Patient(
                        null, null, null, event.body().patient().channels()));
        return new ReceivedEvent(
                event.id(),
                event.source(),
                event.type(),
                event.subject(),
                event.time(),
                event.body().withPatient(patient));
    }
}
