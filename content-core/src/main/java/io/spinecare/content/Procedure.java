package io.spinecare.content;

import java.util.List;

/**
 * A minimally invasive procedure the clinic performs, described for patients. {@code candidacy}
 * says who may be offered it and always carries the caveat that not every patient is a candidate.
 * {@code followUps} are the check-ups every patient has after it, measured from the surgery date.
 */
public record Procedure(
        String id,
        String name,
        List<String> otherNames,
        String summary,
        String candidacy,
        String technique,
        String incision,
        String anaesthesia,
        String hospitalStay,
        RecoveryMilestones recovery,
        FollowUpSchedule followUps,
        List<String> benefits,
        List<String> risks,
        List<String> conditionIds) {

    public Procedure {
        otherNames = List.copyOf(otherNames);
        benefits = List.copyOf(benefits);
        risks = List.copyOf(risks);
        conditionIds = List.copyOf(conditionIds);
    }
}
