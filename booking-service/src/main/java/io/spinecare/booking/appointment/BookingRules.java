package io.spinecare.booking.appointment;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.TriageTier;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks that a booking's references exist and fit together, before anything is claimed. */
@Component
public class BookingRules {

    private final Catalogue catalogue;

    BookingRules(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Also refuses, with the emergency advice, a booking whose answers call for emergency care. */
    public void checkReferences(String conditionId, Map<String, Boolean> redFlags) {
        if (catalogue.condition(conditionId).isEmpty()) {
            throw BookingFailure.unknownReference(
                    "conditionId", "The catalogue has no condition '" + conditionId + "'.");
        }
        if (redFlags != null) {
            redFlags.keySet().stream()
                    .filter(id -> catalogue.redFlag(id).isEmpty())
                    .findFirst()
                    .ifPresent(id -> {
                        throw BookingFailure.unknownReference(
                                "redFlags." + id, "There is no red-flag question with that id.");
                    });
        }
        UrgentCare triage = UrgentCare.forAnswers(redFlags, catalogue);
        if (triage != null && triage.tier() == TriageTier.EMERGENCY) {
            // Before any slot is claimed: nothing is kept. The answer carries the advice for the page (ADR 0210).
            throw BookingFailure.refused("emergency-care-advised", "Please seek emergency care now", triage.advice())
                    .with("urgentCare", triage);
        }
    }

    /** The slot's specialist must offer the consultation type, treat the condition, and have time enough. */
    public void checkFit(SlotView slot, Specialist specialist, ConsultationType type, String conditionId) {
        int needed = catalogue.consultationType(type).durationMinutes();
        if (!specialist.offers(type) || !specialist.treats(conditionId) || slot.minutes() < needed) {
            throw BookingFailure.refused(
                    "slot-does-not-fit",
                    "This slot does not fit the consultation",
                    "Slot '" + slot.id() + "' is with a specialist who does not offer this consultation for this "
                            + "condition, or is shorter than the " + needed + " minutes it takes.");
        }
    }
}
