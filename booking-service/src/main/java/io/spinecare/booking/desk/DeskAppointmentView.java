package io.spinecare.booking.desk;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentHeading;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.appointment.Prerequisite;
import io.spinecare.content.ConsultationType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What staff see: everything but the token hash, including the patient and the history. */
record DeskAppointmentView(
        @JsonUnwrapped AppointmentHeading heading,
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
                AppointmentHeading.of(a),
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
        return heading.start().toLocalDate();
    }
}
