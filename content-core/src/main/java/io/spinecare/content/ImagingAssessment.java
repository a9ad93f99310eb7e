package io.spinecare.content;

import java.util.List;

/** Every imaging requirement of a booking, each checked against the scans the patient has. */
public record ImagingAssessment(List<PrerequisiteResult> results) {

    public ImagingAssessment {
        results = List.copyOf(results);
    }

    /** True when every mandatory requirement is met or satisfied by an accepted alternative. */
    public boolean allMandatoryMet() {
        return results.stream()
                .filter(r -> r.requirement().necessity() == Necessity.MANDATORY)
                .allMatch(PrerequisiteResult::satisfied);
    }

    /** Requirements still to be done: MISSING or TOO_OLD, mandatory or recommended. */
    public List<PrerequisiteResult> outstanding() {
        return results.stream().filter(r -> !r.satisfied()).toList();
    }
}
