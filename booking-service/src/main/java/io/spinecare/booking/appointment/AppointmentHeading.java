package io.spinecare.booking.appointment;

import io.spinecare.booking.system.ClinicTime;
import java.time.OffsetDateTime;

/**
 * The first fields of every view of an appointment, the patient's and the desk's alike: which one, its status and
 * its time in the clinic's zone. Each view unwraps it in place, so the JSON keeps one flat shape.
 */
public record AppointmentHeading(
        String id,
        String reference,
        AppointmentStatus status,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone) {

    public static AppointmentHeading of(Appointment a) {
        return new AppointmentHeading(
                a.id(),
                a.reference(),
                a.status(),
                ClinicTime.at(a.start(), a.zone()),
                ClinicTime.at(a.end(), a.zone()),
                a.zone());
    }
}
