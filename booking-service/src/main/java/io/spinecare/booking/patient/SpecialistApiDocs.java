package io.spinecare.booking.patient;

import io.spinecare.booking.specialist.Ids;
import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The OpenAPI description of the public specialist list.
 * Parameter constraints live here too: Bean Validation lets the implementing controller inherit them, never add
 * its own.
 */
interface SpecialistApiDocs {

    @Operation(
            operationId = "listSpecialists",
            tags = ApiTags.SPECIALISTS,
            summary = "Who treats what",
            description = "The clinic's specialists with the conditions, consultation types and modes they offer;"
                    + " availability details stay on the desk side.")
    @Parameter(
            name = "conditionId",
            description = "Only specialists who treat this catalogue condition.",
            example = "herniated-disc")
    @ProblemResponses({ApiProblem.VALIDATION_FAILED})
    List<SpecialistController.PublicSpecialist> list(@Size(max = 64) @Pattern(regexp = Ids.SLUG) String conditionId);
}
