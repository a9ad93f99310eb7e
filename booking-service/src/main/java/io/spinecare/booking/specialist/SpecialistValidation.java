package io.spinecare.booking.specialist;

import org.springframework.stereotype.Component;

/** Checks a specialist's references against the clinic's catalogue. */
@Component
class SpecialistValidation {

    void check(SpecialistRequest request) {
        // Catalogue checks (condition ids, consultation types) are added with content-core.
    }
}
