package io.spinecare.booking.appointment;

import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.ImagingAssessment;
import io.spinecare.content.Scan;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * content-core decides what each scan is worth; this decides what that means for the status:
 * {@code booked} when every mandatory scan is there (or an accepted alternative), otherwise
 * {@code pending} with each missing scan and its due date. A red flag always means pending.
 */
@Component
public class ImagingCheck {

    private final Catalogue catalogue;
    private final ClinicTime time;

    ImagingCheck(Catalogue catalogue, ClinicTime time) {
        this.catalogue = catalogue;
        this.time = time;
    }

    public record Outcome(List<Prerequisite> prerequisites, AppointmentStatus status) {}

    public Outcome assess(
            String conditionId, ConsultationType type, List<Scan> scans, LocalDate appointmentDate, boolean urgent) {
        ImagingAssessment assessment = catalogue.evaluate(conditionId, type, scans, appointmentDate);
        // A booking made shortly before the appointment would get a review date in the past: today is the earliest.
        LocalDate today = time.today();
        List<Prerequisite> prerequisites = assessment.results().stream()
                .map(Prerequisite::of)
                .map(p -> p.dueBy() != null && p.dueBy().isBefore(today) ? p.withDueBy(today) : p)
                .toList();
        boolean ready = assessment.allMandatoryMet() && !urgent;
        return new Outcome(prerequisites, ready ? AppointmentStatus.BOOKED : AppointmentStatus.PENDING);
    }

    public String catalogueVersion() {
        return catalogue.version();
    }
}
