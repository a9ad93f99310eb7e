package io.spinecare.booking.appointment;

import io.spinecare.content.BodyRegion;
import io.spinecare.content.Modality;
import io.spinecare.content.Necessity;
import io.spinecare.content.PrerequisiteResult;
import io.spinecare.content.PrerequisiteStatus;
import java.time.LocalDate;

/** One scan the clinic asks for, as assessed for this appointment (content-core's words). */
public record Prerequisite(
        Modality modality,
        BodyRegion region,
        PrerequisiteStatus status,
        LocalDate dueBy,
        int maxAgeDays,
        Necessity necessity,
        String description) {

    Prerequisite withDueBy(LocalDate date) {
        return new Prerequisite(modality, region, status, date, maxAgeDays, necessity, description);
    }

    static Prerequisite of(PrerequisiteResult result) {
        return new Prerequisite(
                result.requirement().modality(),
                result.requirement().region(),
                result.status(),
                result.dueBy(),
                result.requirement().maxAgeDays(),
                result.requirement().necessity(),
                result.requirement().describe());
    }
}
