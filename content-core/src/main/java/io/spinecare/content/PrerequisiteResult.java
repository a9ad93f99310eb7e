package io.spinecare.content;

import java.time.LocalDate;

/**
 * One requirement checked against the patient's scans. {@code matchedScan} is the scan that met
 * it (or the stale one for {@link PrerequisiteStatus#TOO_OLD}); null when nothing matched.
 */
public record PrerequisiteResult(
        ImagingRequirement requirement, PrerequisiteStatus status, LocalDate dueBy, Scan matchedScan) {

    /** True when the requirement is satisfied, by the asked-for modality or an accepted alternative. */
    public boolean satisfied() {
        return status == PrerequisiteStatus.MET || status == PrerequisiteStatus.ALTERNATIVE_ACCEPTED;
    }
}
