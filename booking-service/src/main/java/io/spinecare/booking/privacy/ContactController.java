package io.spinecare.booking.privacy;

import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.failure.BookingFailure;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patient's contact details for one appointment, for SpineCare's own services (notification-service)
 * with a client-credentials token of scope {@code system/Patient.read}: events carry none (ADR 0212).
 * An erased patient has none any more, which reads as 404 like an unknown id.
 */
@RestController
class ContactController implements ContactApiDocs {

    /** Who to reach and how; {@code channels} are the patient's choice (today always both). */
    record Contact(String appointmentId, String name, String email, String phone, List<String> channels) {}

    private final AppointmentStore store;

    ContactController(AppointmentStore store) {
        this.store = store;
    }

    @GetMapping("/internal/appointments/{id}/contact")
    @Override
    public Contact contact(@PathVariable String id) {
        return store.find(id)
                .filter(a -> a.status() != AppointmentStatus.ENTERED_IN_ERROR)
                .filter(a -> !AppointmentErasure.isErased(a) && a.patient() != null)
                .map(a -> new Contact(
                        a.id(),
                        a.patient().name(),
                        a.patient().email(),
                        a.patient().phone(),
                        List.of("EMAIL", "SMS")))
                .orElseThrow(() -> BookingFailure.notFound(
                        "appointment-not-found",
                        "No such appointment",
                        "There is no appointment '" + id + "' with contact details."));
    }
}
