package io.spinecare.booking.desk;

import io.spinecare.booking.slot.SlotGeneration;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;

/**
 * The OpenAPI description of the front desk's slot operations.
 * Parameter constraints live here too: Bean Validation lets the implementing controller inherit them, never add
 * its own.
 */
interface DeskSlotApiDocs {

    @Operation(
            operationId = "generateSlots",
            tags = ApiTags.DESK_SLOTS,
            summary = "Generate a specialist's slots from availability",
            description = "Creates the slots of the specialist's weekly availability, less its exceptions, for the"
                    + " dates `from` to `to` (inclusive). Running it again is safe: free slots that no longer fit are"
                    + " removed, booked ones are kept and counted in `keptBusy`.")
    @ProblemResponses({ApiProblem.SPECIALIST_NOT_FOUND, ApiProblem.INVALID_DATE_RANGE})
    SlotGeneration.Result generate(@Valid DeskSlotController.GenerateRequest request);

    @Operation(
            operationId = "blockSlot",
            tags = ApiTags.DESK_SLOTS,
            summary = "Block a slot",
            description = "Takes a free slot out of booking (`busy-unavailable`), for example when the specialist is"
                    + " called to theatre. A held or booked slot cannot be blocked.")
    @Parameter(name = "slotId", description = "The slot to block.", example = "dr-meera-iyer-20261203T0430Z")
    @ProblemResponses({ApiProblem.SLOT_NOT_FOUND, ApiProblem.SLOT_TAKEN, ApiProblem.SLOT_CONTENDED})
    SlotView block(String slotId, @Valid DeskSlotController.BlockRequest request);

    @Operation(
            operationId = "releaseSlot",
            tags = ApiTags.DESK_SLOTS,
            summary = "Release a blocked slot",
            description = "Makes a blocked slot free again; waitlisted patients can then be offered it.")
    @Parameter(name = "slotId", description = "The blocked slot.", example = "dr-meera-iyer-20261203T0430Z")
    @ProblemResponses({ApiProblem.SLOT_NOT_FOUND, ApiProblem.SLOT_NOT_BLOCKED, ApiProblem.SLOT_CONTENDED})
    SlotView release(String slotId);
}
