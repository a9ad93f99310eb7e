package io.spinecare.booking.patient;

import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.spinecare.content.ConsultationType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The OpenAPI description of the public slot operations ($find and $hold).
 * Parameter constraints live here too: Bean Validation lets the implementing controller inherit them, never add
 * its own.
 */
interface SlotApiDocs {

    String ID = "^[A-Za-z0-9_-]{1,64}$";

    @Operation(
            operationId = "searchSlots",
            tags = ApiTags.SLOTS,
            summary = "Find free slots",
            description = "Free slots that can still be booked, soonest first, with times in the clinic's offset."
                    + " Narrow by specialist, condition (its specialists) and consultation type (slots long enough"
                    + " for it); `from` and `to` are dates or ISO-8601 date-times, by default the booking horizon.")
    @Parameter(name = "specialistId", description = "Only this specialist's slots.", example = "dr-meera-iyer")
    @Parameter(
            name = "conditionId",
            description = "Only specialists who treat this catalogue condition.",
            example = "herniated-disc")
    @Parameter(name = "consultationType", description = "Only slots long enough for this consultation type.")
    @Parameter(name = "from", description = "Earliest start: a date or an ISO-8601 date-time.", example = "2026-12-01")
    @Parameter(name = "to", description = "Latest start: a date (inclusive) or date-time.", example = "2026-12-08")
    @ProblemResponses({ApiProblem.VALIDATION_FAILED, ApiProblem.BAD_REQUEST})
    List<OpenSlotView> find(
            @Pattern(regexp = ID) String specialistId,
            @Pattern(regexp = ID) String conditionId,
            ConsultationType consultationType,
            @Size(max = 40) String from,
            @Size(max = 40) String to);

    @Operation(
            operationId = "holdSlot",
            tags = ApiTags.SLOTS,
            summary = "Hold a slot while the patient books",
            description = "Marks a free slot `busy-tentative` for a few minutes (`expiresAt`) so that nobody else can"
                    + " take it while the patient fills in the booking. Pass the `holdId` to `bookAppointment` or"
                    + " `rescheduleAppointment`; an unused hold simply expires.")
    @Parameter(name = "slotId", description = "The slot to hold.", example = "dr-meera-iyer-20261203T0430Z")
    @ApiResponse(responseCode = "201", description = "The slot is held for this client until `expiresAt`.")
    @ProblemResponses({
        ApiProblem.SLOT_NOT_FOUND,
        ApiProblem.SLOT_TAKEN,
        ApiProblem.SLOT_CONTENDED,
        ApiProblem.SLOT_NOT_BOOKABLE
    })
    SlotBooking.HoldGranted hold(String slotId, @Parameter(hidden = true) HttpServletRequest request);
}
