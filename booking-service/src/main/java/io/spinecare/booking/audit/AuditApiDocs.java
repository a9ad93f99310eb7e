package io.spinecare.booking.audit;

import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The OpenAPI description of the staff actions' record.
 * Parameter constraints live here too: Bean Validation lets the implementing controller inherit them, never add
 * its own.
 */
interface AuditApiDocs {

    @Operation(
            operationId = "findAuditRecords",
            tags = ApiTags.DESK_AUDIT,
            summary = "Recorded staff actions",
            description =
                    "Every change made by staff (specialists, availability, slots, appointments, waitlist), newest"
                            + " first, a page at a time, each with the staff user, the time, the action, the record changed"
                            + " and a before/after summary of ids and statuses. All filters are optional and combine.")
    @Parameter(name = "staff", description = "Only this staff user.", example = "desk-anita")
    @Parameter(name = "action", description = "Only this action.", example = "slot.block")
    @Parameter(name = "targetId", description = "Only actions on this record.", example = "dr-meera-iyer")
    @Parameter(name = "from", description = "From this clinic day, inclusive.", example = "2026-12-01")
    @Parameter(name = "to", description = "Up to this clinic day, inclusive.", example = "2026-12-03")
    @Parameter(name = "page", description = "The page, from 0.", example = "0")
    @Parameter(name = "size", description = "Records a page, 1 to 200.", example = "50")
    @ProblemResponses({ApiProblem.VALIDATION_FAILED, ApiProblem.BAD_REQUEST})
    AuditSearch.Page find(
            @Size(max = 100) String staff,
            @Pattern(regexp = "^[a-z]+(\\.[a-z-]+){1,3}$") @Size(max = 64) String action,
            @Size(max = 128) String targetId,
            LocalDate from,
            LocalDate to,
            @Min(0) @Max(10_000) int page,
            @Min(1) @Max(200) int size);
}
