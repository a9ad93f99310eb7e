package io.spinecare.booking.desk;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.AppointmentTransitions;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.appointment.UrgentCare;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.Catalogue;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The desk's "needs review" queue: urgent bookings whose red-flag answers no one has acknowledged
 * yet. Acknowledging is a history line with the staff user and an event, in one compare-and-set
 * (ADR 0210); the status does not change.
 */
@Service
public class UrgentReviews {

    private final AppointmentStore store;
    private final AppointmentTransitions transitions;
    private final Catalogue catalogue;
    private final ClinicTime time;

    UrgentReviews(AppointmentStore store, AppointmentTransitions transitions, Catalogue catalogue, ClinicTime time) {
        this.store = store;
        this.transitions = transitions;
        this.catalogue = catalogue;
        this.time = time;
    }

    /** Unacknowledged urgent bookings still to happen, the one to be reviewed soonest first. */
    List<ReviewItem> queue() {
        return store.urgentAndActive().stream()
                .filter(a -> !a.reviewAcknowledged())
                .map(a -> ReviewItem.of(a, UrgentCare.forAnswers(a.redFlags(), catalogue)))
                .sorted(Comparator.comparing(ReviewItem::reviewBy, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    Appointment acknowledge(String id, String staff, String note) {
        Appointment first = store.find(id)
                .orElseThrow(() -> BookingFailure.notFound(
                        "appointment-not-found", "No such appointment", "There is no appointment '" + id + "'."));
        return transitions.apply(first, current -> {
            if (!current.urgentReview()) {
                throw BookingFailure.conflict(
                        "no-urgent-review",
                        "This appointment is not flagged for urgent review",
                        "Nothing to acknowledge.");
            }
            if (current.reviewAcknowledged()) {
                throw BookingFailure.conflict(
                        "review-already-acknowledged",
                        "The urgent review was already acknowledged",
                        "See the appointment's history for who acknowledged it.");
            }
            return current.acknowledgeReview(
                    time.now(), HistoryEntry.staff(staff), note == null || note.isBlank() ? null : note.strip());
        });
    }

    /** One line of the queue: who to call, about what, by when. */
    record ReviewItem(
            String id,
            String reference,
            AppointmentStatus status,
            java.time.OffsetDateTime start,
            String timeZone,
            Appointment.SpecialistSnapshot specialist,
            String conditionId,
            String patientName,
            String patientPhone,
            UrgentCare urgentCare,
            java.time.OffsetDateTime reviewBy) {

        static ReviewItem of(Appointment a, UrgentCare urgentCare) {
            Integer hours = urgentCare == null ? null : urgentCare.reviewWithinHours();
            return new ReviewItem(
                    a.id(),
                    a.reference(),
                    a.status(),
                    ClinicTime.at(a.start(), a.zone()),
                    a.zone(),
                    a.specialist(),
                    a.conditionId(),
                    a.patient().name(),
                    a.patient().phone(),
                    urgentCare,
                    hours == null ? null : ClinicTime.at(a.createdAt().plusSeconds(hours * 3600L), a.zone()));
        }
    }
}
