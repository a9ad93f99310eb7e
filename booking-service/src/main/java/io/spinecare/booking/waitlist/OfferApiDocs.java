package io.spinecare.booking.waitlist;

import io.spinecare.booking.patient.SystemBookings;
import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

/**
 * The OpenAPI description of the patient's waitlist offer operations. Every one needs the offer's token
 * ({@code X-Manage-Token}, from the link's fragment); a missing or wrong token answers like an unknown offer.
 */
interface OfferApiDocs {

    @Operation(
            operationId = "viewWaitlistOffer",
            tags = ApiTags.WAITLIST,
            summary = "View a waitlist offer",
            description = "The offered slot, the scans the clinic will ask for, and until when it is held.")
    @ApiResponse(responseCode = "200", description = "The offer.")
    @ProblemResponses({ApiProblem.OFFER_NOT_FOUND})
    OfferView view(String id, String token);

    @Operation(
            operationId = "acceptWaitlistOffer",
            tags = ApiTags.WAITLIST,
            summary = "Accept a waitlist offer",
            description = "Books the offered slot with the details of the waitlist entry, by the normal booking"
                    + " rules. Accepting again answers the same appointment. The confirmation e-mail carries the"
                    + " appointment's manage link.")
    @ApiResponse(responseCode = "200", description = "Booked.")
    @ProblemResponses({
        ApiProblem.OFFER_NOT_FOUND,
        ApiProblem.OFFER_CLOSED,
        ApiProblem.SLOT_TAKEN,
        ApiProblem.SLOT_CONTENDED,
        ApiProblem.SLOT_NOT_BOOKABLE,
        ApiProblem.IDEMPOTENCY_KEY_FAILED
    })
    Accepted accept(String id, String token, @Valid AcceptRequest request);

    @Operation(
            operationId = "declineWaitlistOffer",
            tags = ApiTags.WAITLIST,
            summary = "Decline a waitlist offer",
            description = "Gives the slot up; it is offered to the next matching entry. The patient stays on the list.")
    @ApiResponse(responseCode = "200", description = "Declined.")
    @ProblemResponses({ApiProblem.OFFER_NOT_FOUND, ApiProblem.OFFER_CLOSED})
    OfferView decline(String id, String token);

    @Operation(
            operationId = "leaveWaitlist",
            tags = ApiTags.WAITLIST,
            summary = "Leave the waitlist",
            description = "Declines the offer if it is still open and takes the patient's entry off the list.")
    @ApiResponse(responseCode = "200", description = "Off the list.")
    @ProblemResponses({ApiProblem.OFFER_NOT_FOUND})
    OfferView leave(String id, String token);

    /** The answer to an accepted offer: the appointment as booked. */
    record Accepted(String offerId, SystemBookings.Booked appointment) {}
}
