package io.spinecare.booking.waitlist;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;

/** {@code POST /api/waitlist/offers/{id}/accept}: empty, or the date of birth when the entry has none. */
record AcceptRequest(@Past LocalDate dateOfBirth) {

    @AssertTrue(message = "dateOfBirth must be after 1900")
    boolean isBornAfter1900() {
        return dateOfBirth == null || dateOfBirth.getYear() > 1900;
    }
}
