package io.spinecare.booking.privacy;

import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** The OpenAPI description of the internal contact look-up. */
interface ContactApiDocs {

    @Operation(
            operationId = "getAppointmentContact",
            tags = ApiTags.INTERNAL,
            summary = "A patient's contact details",
            description = "Name, e-mail, phone and chosen channels of the patient of one appointment, for"
                    + " SpineCare's own services: a client-credentials token with scope system/Patient.read."
                    + " Appointment events carry no contact details (ADR 0212). An erased patient answers 404.")
    @Parameter(name = "id", description = "The appointment id", example = "a1b2c3")
    @ProblemResponses({ApiProblem.UNAUTHORIZED, ApiProblem.FORBIDDEN, ApiProblem.APPOINTMENT_NOT_FOUND})
    ContactController.Contact contact(String id);

    @Operation(
            operationId = "getWaitlistOfferContact",
            tags = ApiTags.INTERNAL,
            summary = "The contact details of a waitlist offer's patient",
            description = "Name, e-mail, phone and channels of the patient a waitlist offer is for, for SpineCare's"
                    + " own services: a client-credentials token with scope system/Patient.read. Offer events carry"
                    + " no contact details (ADR 0212). An unknown offer or an erased patient answers 404.")
    @Parameter(name = "id", description = "The offer id", example = "0b7e3c1a-5d2f-4a8e-9c3b-1f2e3d4c5b6a")
    @ProblemResponses({ApiProblem.UNAUTHORIZED, ApiProblem.FORBIDDEN, ApiProblem.OFFER_NOT_FOUND})
    ContactController.OfferContact offerContact(String id);
}
