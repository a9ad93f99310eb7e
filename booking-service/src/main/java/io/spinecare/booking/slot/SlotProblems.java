package io.spinecare.booking.slot;

import io.spinecare.booking.web.ProblemException;

/** The ways a slot request is refused; slugs are part of the API. */
final class SlotProblems {

    private SlotProblems() {}

    static ProblemException notFound(String slotId) {
        return ProblemException.notFound("slot-not-found", "No such slot", "There is no slot '" + slotId + "'.");
    }

    static ProblemException taken(String slotId) {
        return ProblemException.conflict(
                "slot-taken",
                "The slot is no longer available",
                "Slot '" + slotId + "' is held or booked; pick another.");
    }

    static ProblemException tooSoon(String slotId) {
        return ProblemException.unprocessable(
                "slot-not-bookable",
                "The slot cannot be booked",
                "Slot '" + slotId + "' has passed or starts sooner than the minimum booking notice.");
    }

    static ProblemException tooFar(String slotId) {
        return ProblemException.unprocessable(
                "slot-not-bookable",
                "The slot cannot be booked",
                "Slot '" + slotId + "' is beyond the booking horizon.");
    }

    static ProblemException notBlocked(String slotId) {
        return ProblemException.conflict(
                "slot-not-blocked", "Only a blocked slot can be released", "Slot '" + slotId + "' is not blocked.");
    }

    static ProblemException contended(String slotId) {
        return ProblemException.conflict(
                "slot-contended", "The slot is changing right now", "Slot '" + slotId + "' is busy; try again.");
    }
}
