package io.spinecare.content;

import java.util.List;
import java.util.Set;

/**
 * The imaging policy in use: the bundled clinic-policy defaults or a clinic's own file.
 * {@code reviewLeadDays}: scans must reach the clinic this many days before the appointment.
 */
record ImagingPolicy(
        String file, int reviewLeadDays, Set<ConsultationType> imagingRequiredFor, List<PolicyEntry> entries) {

    /** One condition's requirements. */
    record PolicyEntry(String conditionId, List<PolicyRule> rules) {}

    /** One requirement and the consultation types it applies to. */
    record PolicyRule(List<ConsultationType> consultationTypes, ImagingRequirement requirement) {}

    ImagingPolicy {
        imagingRequiredFor = Set.copyOf(imagingRequiredFor);
        entries = List.copyOf(entries);
    }

    List<ImagingRequirement> requirementsFor(String conditionId, ConsultationType type) {
        return entries.stream()
                .filter(entry -> entry.conditionId().equals(conditionId))
                .flatMap(entry -> entry.rules().stream())
                .filter(rule -> rule.consultationTypes().contains(type))
                .map(PolicyRule::requirement)
                .toList();
    }
}
