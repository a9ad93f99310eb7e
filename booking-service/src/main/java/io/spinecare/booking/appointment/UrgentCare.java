package io.spinecare.booking.appointment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.spinecare.content.Catalogue;
import io.spinecare.content.RedFlag;
import io.spinecare.content.Triage;
import io.spinecare.content.TriageAdvice;
import io.spinecare.content.TriageTier;
import java.util.List;
import java.util.Map;

/**
 * What the patient is told when red-flag questions were answered yes: the tier (emergency or
 * urgent), its advice and what happens next, all from content-core's red-flags.yaml (ADR 0210).
 * Null for a routine booking.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UrgentCare(
        TriageTier tier,
        String name,
        String advice,
        String nextSteps,
        Integer reviewWithinHours,
        List<RedFlag> redFlags) {

    public static UrgentCare forAnswers(Map<String, Boolean> answers, Catalogue catalogue) {
        Triage triage = catalogue.triage(answers);
        if (triage.tier() == TriageTier.ROUTINE) {
            return null;
        }
        TriageAdvice advice = catalogue.triageAdvice(triage.tier());
        return new UrgentCare(
                triage.tier(),
                advice.name(),
                advice.advice(),
                advice.nextSteps(),
                triage.tier() == TriageTier.URGENT ? advice.reviewWithinHours() : null,
                triage.redFlags());
    }
}
