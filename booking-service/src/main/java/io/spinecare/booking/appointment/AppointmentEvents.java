package io.spinecare.booking.appointment;

import io.spinecare.booking.outbox.AppointmentEvent;
import io.spinecare.booking.system.ClinicTime;
import java.util.List;

/** Maps an appointment to the event body of docs/events.md. No token, no hash, no clinical notes. */
final class AppointmentEvents {

    private AppointmentEvents() {}

    static AppointmentEvent of(Appointment a) {
        return of(a, null, null, null, null);
    }

    static AppointmentEvent of(
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
                new AppointmentEvent.Patient(
                        a.patient().name(), a.patient().email(), a.patient().phone(), List.of("EMAIL", "SMS")),
                a.urgentReview(),
                a.tokenGeneration(),
                previous,
                cancelledBy,
                reason,
                correctedFrom == null ? null : correctedFrom.code());
    }

    static AppointmentEvent.Previous previous(Appointment before) {
        return new AppointmentEvent.Previous(
                ClinicTime.at(before.start(), before.zone()),
                ClinicTime.at(before.end(), before.zone()),
                before.specialist().id());
    }
}
