package io.spinecare.notification.message;

import io.spinecare.content.Catalogue;
import io.spinecare.content.Condition;
import io.spinecare.content.RedFlag;
import java.util.List;

/**
 * Words a triage alert with the catalogue's own questions and condition names. An id this build does
 * not know (a newer booking-service) is shown as the id rather than failing the message.
 */
final class RedFlagWording {

    private static final Catalogue CATALOGUE = Catalogue.loadDefault();

    private RedFlagWording() {}

    static List<String> questions(List<String> redFlagIds) {
        return redFlagIds.stream()
                .map(id -> CATALOGUE.redFlag(id).map(RedFlag::question).orElse(id))
                .toList();
    }

    static String condition(String conditionId) {
        return conditionId == null
                ? "not given"
                : CATALOGUE.condition(conditionId).map(Condition::name).orElse(conditionId);
    }
}
