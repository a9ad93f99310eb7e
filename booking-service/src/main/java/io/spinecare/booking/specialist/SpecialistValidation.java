package io.spinecare.booking.specialist;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.content.Catalogue;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks a specialist's references against the clinic's catalogue. */
@Component
public class SpecialistValidation {

    private final Catalogue catalogue;

    SpecialistValidation(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void check(SpecialistRequest request) {
        List<BookingFailure.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.conditionIds().size(); i++) {
            String id = request.conditionIds().get(i);
            if (catalogue.condition(id).isEmpty()) {
                unknown.add(new BookingFailure.FieldError(
                        "conditionIds[" + i + "]", "is not a condition of the catalogue"));
            }
        }
        if (!unknown.isEmpty()) {
            throw BookingFailure.refused(
                    "unknown-reference",
                    "The request refers to something that does not exist",
                    "Some condition ids are not in the catalogue.",
                    unknown);
        }
    }
}
