package io.spinecare.booking.specialist;

import io.spinecare.booking.web.FieldProblem;
import io.spinecare.booking.web.ProblemException;
import io.spinecare.content.Catalogue;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Checks a specialist's references against the clinic's catalogue. */
@Component
class SpecialistValidation {

    private final Catalogue catalogue;

    SpecialistValidation(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void check(SpecialistRequest request) {
        List<FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < request.conditionIds().size(); i++) {
            String id = request.conditionIds().get(i);
            if (catalogue.condition(id).isEmpty()) {
                unknown.add(new FieldProblem("conditionIds[" + i + "]", "is not a condition of the catalogue"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "unknown-reference",
                    "The request refers to something that does not exist",
                    "Some condition ids are not in the catalogue.",
                    unknown);
        }
    }
}
