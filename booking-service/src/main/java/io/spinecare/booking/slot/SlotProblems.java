package io.spinecare.booking.slot;

import io.spinecare.booking.failure.BookingFailure;

/** The ways a slot request is refused; slugs are part of the API. */
final class SlotProblems {

    private SlotProblems() {}

    static BookingFailure notFound(String slotId) {
        return BookingFailure.notFound("slot-not-found", "No such slot", "There is no slot '" + slotId + "'.");
    }

    static BookingFailure taken(String slotId) {
        return BookingFailure.conflict(
                "slot-taken",
                "The slot is no longer available",
                "Slot '" + slotId + "' is held or booked; pick another.");
    }

    static BookingFailure tooSoon(String slotId) {
        return BookingFailure.refused(
                "slot-not-bookable",
                "The slot cannot be booked",
                "Slot '" + slotId + "' has passed or starts sooner than the minimum booking notice.");
    }

    static BookingFailure tooFar(String slotId) {
        return BookingFailure.refused(
                "slot-not-bookable",
                "The slot cannot be booked",
                "Slot '" + slotId + "' is beyond the booking horizon.");
    }

    static BookingFailure notBlocked(String slotId) {
        return BookingFailure.conflict(
                "slot-not-blocked", "Only a blocked slot can be released", "Slot '" + slotId + "' is not blocked.");
    }

    static BookingFailure contended(String slotId) {
        return BookingFailure.conflict(
                "slot-contended", "The slot is changing right now", "Slot '" + slotId + "' is busy; try again.");
    }
}
