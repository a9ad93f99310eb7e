package io.spinecare.booking.desk;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.appointment.Prerequisite;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.ConsultationType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What staff see: everything but the token hash, including the patient and the history. */
record DeskAppointmentView(
        String id,
        String reference,
        AppointmentStatus status,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        String slotId,
        Appointment.SpecialistSnapshot specialist,
        ConsultationType consultationType,
        String conditionId,
        Appointment.Patient patient,
        List<io.spinecare.content.Scan> imaging,
        List<Prerequisite> prerequisites,
        boolean prerequisitesVerified,
        Map<String, Boolean> redFlags,
        boolean urgentReview,
        boolean reviewAcknowledged,
        String catalogueVersion,
        List<HistoryEntry> history) {

    static DeskAppointmentView of(Appointment a) {
        return new DeskAppointmentView(
                a.id(),
                a.reference(),
                a.status(),
                ClinicTime.at(a.start(), a.zone()),
                ClinicTime.at(a.end(), a.zone()),
                a.zone(),
                a.slotId(),
                a.specialist(),
                a.consultationType(),
                a.conditionId(),
                a.patient(),
                a.imaging(),
                a.prerequisites(),
                a.prerequisitesVerified(),
                a.redFlags(),
                a.urgentReview(),
                a.reviewAcknowledged(),
                a.catalogueVersion(),
                a.history());
    }

    LocalDate date() {
        return start.toLocalDate();
    }
}
