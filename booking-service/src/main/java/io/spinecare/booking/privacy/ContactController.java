package io.spinecare.booking.privacy;

import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.waitlist.WaitlistPersonalData;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patient's contact details for one appointment or one waitlist offer, for SpineCare's own services
 * (notification-service) with a client-credentials token of scope {@code system/Patient.read}: events carry none
 * (ADR 0212). An erased patient has none any more, which reads as 404 like an unknown id.
 */
@RestController
class ContactController implements ContactApiDocs {

    /** Who to reach and how; {@code channels} are the patient's choice (today always both). */
    record Contact(String appointmentId, String name, String email, String phone, List<String> channels) {}

    /** Whom a waitlist offer is for; the same fields as an appointment's contact, so one client reads both. */
    record OfferContact(String offerId, String name, String email, String phone, List<String> channels) {}

    private final AppointmentStore store;
    private final WaitlistPersonalData waitlist;

    ContactController(AppointmentStore store, WaitlistPersonalData waitlist) {
        this.store = store;
        this.waitlist = waitlist;
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

    @GetMapping("/internal/waitlist-offers/{id}/contact")
    @Override
    public OfferContact offerContact(@PathVariable String id) {
        return waitlist.contactOfOffer(id)
                .map(c -> new OfferContact(id, c.name(), c.email(), c.phone(), List.of("EMAIL", "SMS")))
                .orElseThrow(() -> BookingFailure.notFound(
                        "offer-not-found",
                        "No waitlist offer with this id and token",
                        "There is no waitlist offer '" + id + "' with contact details."));
    }
}
