package io.spinecare.booking.appointment;

import io.spinecare.content.Catalogue;
import io.spinecare.content.RedFlag;
import java.util.List;
import java.util.Map;

/**
 * The advice a patient gets when a red-flag question was answered yes. The appointment is kept
 * (so nothing is lost) but flagged for staff, who call the patient (ADR 0202).
 */
record UrgentCare(String advice, List<RedFlag> redFlags) {

    static final String ADVICE = "Some of your answers can be signs of a problem that needs care today. "
            + "Please do not wait for this appointment: go to the nearest emergency department or call "
            + "your local emergency number now. Our team has been alerted and will contact you.";

    static UrgentCare forAnswers(Map<String, Boolean> answers, Catalogue catalogue) {
        if (answers == null) {
            return null;
        }
        List<RedFlag> yes = answers.entrySet().stream()
                .filter(answer -> Boolean.TRUE.equals(answer.getValue()))
                .flatMap(answer -> catalogue.redFlag(answer.getKey()).stream())
                .toList();
        return yes.isEmpty() ? null : new UrgentCare(ADVICE, yes);
    }
}
