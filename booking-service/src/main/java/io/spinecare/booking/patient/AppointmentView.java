package io.spinecare.booking.patient;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentHeading;
import io.spinecare.booking.appointment.Prerequisite;
import io.spinecare.booking.appointment.UrgentCare;
import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.content.ConsultationType;
import java.util.List;

/**
 * What the patient sees of an appointment. {@code manageToken} is present only in the answer to
 * the request that created (or rotated) it; {@code urgentCare} only when a red flag was answered yes (tier, advice, what happens next);
 * {@code reviewAcknowledged} once staff have taken charge of an urgent review.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AppointmentView(
        @JsonUnwrapped AppointmentHeading heading,
        Appointment.SpecialistSnapshot specialist,
        String location,
        ConsultationMode mode,
        ConsultationType consultationType,
        String conditionId,
        List<Prerequisite> prerequisites,
        boolean urgentReview,
        boolean reviewAcknowledged,
        UrgentCare urgentCare,
        String catalogueVersion,
        String manageToken) {

    static AppointmentView of(Appointment a, String manageToken, UrgentCare urgentCare) {
        return new AppointmentView(
                AppointmentHeading.of(a),
                a.specialist(),
                a.location(),
                a.mode(),
                a.consultationType(),
                a.conditionId(),
                a.prerequisites(),
                a.urgentReview(),
                a.reviewAcknowledged(),
                urgentCare,
                a.catalogueVersion(),
                manageToken);
    }
}
