package io.spinecare.booking.waitlist;

import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;

/**
 * The OpenAPI description of the waitlist.
 * Parameter constraints live here too: Bean Validation lets the implementing controller inherit them, never add
 * its own.
 */
interface WaitlistApiDocs {

    @Operation(
            operationId = "joinWaitlist",
            tags = ApiTags.WAITLIST,
            summary = "Join the waitlist",
            description = "Asks to be told when a slot for the condition (and optionally the specialist) frees up"
                    + " between `earliest` and `latest`.")
    @ApiResponse(responseCode = "201", description = "The patient is on the waitlist.")
    @ProblemResponses({ApiProblem.UNKNOWN_REFERENCE})
    WaitlistController.Joined join(@Valid WaitlistRequest request);

    @Operation(
            operationId = "listWaitlist",
            tags = ApiTags.DESK_WAITLIST,
            summary = "Read the waitlist",
            description = "The oldest 500 waitlist entries, oldest first, with their state and contact details.")
    List<WaitlistEntry> list();

    @Operation(
            operationId = "viewWaitlistEntry",
            tags = ApiTags.DESK_WAITLIST,
            summary = "Read one waitlist entry with its offers",
            description = "The entry's state and every slot offered to it, oldest first.")
    @ProblemResponses({ApiProblem.WAITLIST_ENTRY_NOT_FOUND})
    WaitlistController.EntryHistory history(String id);

    @Operation(
            operationId = "offerWaitlistSlotNow",
            tags = ApiTags.DESK_WAITLIST,
            summary = "Offer a slot to a waitlist entry now",
            description = "Offers the earliest free matching slot to this entry at once, ahead of the queue.")
    @ProblemResponses({ApiProblem.WAITLIST_ENTRY_NOT_FOUND, ApiProblem.NO_SLOT_TO_OFFER})
    WaitlistController.EntryHistory offerNow(String id);
}
