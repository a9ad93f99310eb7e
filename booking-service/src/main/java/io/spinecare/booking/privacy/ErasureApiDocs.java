package io.spinecare.booking.privacy;

import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.springframework.security.oauth2.jwt.Jwt;

/** The OpenAPI description of erasing a patient. */
interface ErasureApiDocs {

    @Operation(
            operationId = "erasePatient",
            tags = ApiTags.DESK_PRIVACY,
            summary = "Erase a patient",
            description = "Erases the patient found by an appointment reference (with every appointment of the same"
                    + " e-mail) or by an e-mail address: names, contact details and date of birth go from"
                    + " appointments, the waitlist, idempotency and repair records; the clinical facts stay. Each"
                    + " erased appointment emits io.spinecare.patient.erased.v1. Idempotent: asking again erases"
                    + " nothing more (`appointmentsErased` 0). An e-mail that matches nothing answers 200 with no"
                    + " appointments, so the answer never tells whether an address was ever known.")
    @ProblemResponses({ApiProblem.VALIDATION_FAILED, ApiProblem.APPOINTMENT_NOT_FOUND})
    PatientErasures.Erasure erase(@Parameter(hidden = true) Jwt staff, @Valid ErasureRequest request);
}
