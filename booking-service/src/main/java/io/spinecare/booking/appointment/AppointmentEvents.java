package io.spinecare.booking.appointment;

import io.spinecare.booking.outbox.AppointmentEvent;
import io.spinecare.booking.outbox.BookingEvent;
import io.spinecare.booking.outbox.BookingEvent.AppointmentBooked;
import io.spinecare.booking.outbox.BookingEvent.UrgentReviewRequested;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.Catalogue;
import io.spinecare.content.RedFlag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Maps an appointment to the event body of docs/events.md. No token, no hash, no clinical notes. */
public final class AppointmentEvents {

    private AppointmentEvents() {}

    public static AppointmentEvent of(Appointment a) {
        return of(a, null, null, null, null);
    }

    /** The events of a new booking: AppointmentBooked, and UrgentReviewRequested when the triage is urgent. */
    public static BookingEvent[] booked(Appointment a, Catalogue catalogue) {
        AppointmentBooked booked = new AppointmentBooked(of(a));
        UrgentCare triage = UrgentCare.forAnswers(a.redFlags(), catalogue);
        if (!a.urgentReview() || triage == null || triage.reviewWithinHours() == null) {
            return new BookingEvent[] {booked};
        }
        return new BookingEvent[] {booked, new UrgentReviewRequested(withTriage(a, triage))};
    }

    static AppointmentEvent withTriage(Appointment a, UrgentCare triage) {
        AppointmentEvent plain = of(a);
        Instant reviewBy = a.createdAt().plus(Duration.ofHours(triage.reviewWithinHours()));
        return new AppointmentEvent(
                plain.schemaVersion(),
                plain.appointmentId(),
                plain.reference(),
                plain.status(),
                plain.start(),
                plain.end(),
                plain.timeZone(),
                plain.specialist(),
                plain.location(),
                plain.mode(),
                plain.consultationType(),
                plain.conditionId(),
                plain.catalogueVersion(),
                plain.prerequisites(),
                plain.patient(),
                plain.urgentReview(),
                plain.tokenGeneration(),
                null,
                null,
                null,
                null,
                new AppointmentEvent.Triage(
                        triage.tier().name(),
                        triage.redFlags().stream().map(RedFlag::id).toList(),
                        ClinicTime.at(reviewBy, a.zone())));
    }

    public static AppointmentEvent of(
            Appointment a,
            AppointmentEvent.Previous previous,
            String cancelledBy,
            String reason,
            AppointmentStatus correctedFrom) {
        return new AppointmentEvent(
                AppointmentEvent.SCHEMA_VERSION,
                a.id(),
                a.reference(),
                a.status().code(),
                ClinicTime.at(a.start(), a.zone()),
                ClinicTime.at(a.end(), a.zone()),
                a.zone(),
                new AppointmentEvent.Specialist(
                        a.specialist().id(),
                        a.specialist().name(),
                        a.specialist().subSpecialty()),
                a.location(),
                a.mode().name(),
                a.consultationType().name(),
                a.conditionId(),
                a.catalogueVersion(),
                a.prerequisites().stream()
                        .map(p -> new AppointmentEvent.Prerequisite(
                                p.modality().name(),
                                p.region().name(),
                                p.status().name(),
                                p.dueBy(),
                                p.maxAgeDays(),
                                p.necessity().name()))
                        .toList(),
                new AppointmentEvent.Patient(List.of("EMAIL", "SMS")),
                a.urgentReview(),
                a.tokenGeneration(),
                previous,
                cancelledBy,
                reason,
                correctedFrom == null ? null : correctedFrom.code(),
                null);
    }

    public static AppointmentEvent.Previous previous(Appointment before) {
        return new AppointmentEvent.Previous(
                ClinicTime.at(before.start(), before.zone()),
                ClinicTime.at(before.end(), before.zone()),
                before.specialist().id());
    }
}
