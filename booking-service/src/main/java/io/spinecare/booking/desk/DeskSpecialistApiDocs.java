package io.spinecare.booking.desk;

import io.spinecare.booking.specialist.AvailabilityRequest;
import io.spinecare.booking.specialist.ExceptionRequest;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.SpecialistRequest;
import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;

/**
 * The OpenAPI description of the front desk's specialist operations.
 * Parameter constraints live here too: Bean Validation lets the implementing controller inherit them, never add
 * its own.
 */
interface DeskSpecialistApiDocs {

    String ID = "The specialist's id (a slug).";
    String ID_EXAMPLE = "dr-meera-iyer";

    @Operation(
            operationId = "listDeskSpecialists",
            tags = ApiTags.DESK_SPECIALISTS,
            summary = "List specialists with their availability",
            description = "Every specialist, with weekly availability and its exceptions.")
    List<Specialist> list();

    @Operation(
            operationId = "getDeskSpecialist",
            tags = ApiTags.DESK_SPECIALISTS,
            summary = "Read a specialist",
            description = "One specialist with weekly availability and its exceptions.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ProblemResponses({ApiProblem.SPECIALIST_NOT_FOUND})
    Specialist get(String id);

    @Operation(
            operationId = "createSpecialist",
            tags = ApiTags.DESK_SPECIALISTS,
            summary = "Add a specialist",
            description = "Adds a specialist without availability; the id is made from the name unless given."
                    + " Conditions must exist in the catalogue.")
    @ApiResponse(responseCode = "201", description = "The specialist was added.")
    @ProblemResponses({ApiProblem.SPECIALIST_EXISTS, ApiProblem.UNKNOWN_REFERENCE})
    Specialist create(@Valid SpecialistRequest request);

    @Operation(
            operationId = "updateSpecialist",
            tags = ApiTags.DESK_SPECIALISTS,
            summary = "Change a specialist's details",
            description = "Replaces name, sub-specialty, conditions, consultation types, modes and location;"
                    + " availability is kept.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ProblemResponses({ApiProblem.SPECIALIST_NOT_FOUND, ApiProblem.UNKNOWN_REFERENCE})
    Specialist update(String id, @Valid SpecialistRequest request);

    @Operation(
            operationId = "replaceWeeklyAvailability",
            tags = ApiTags.DESK_SPECIALISTS,
            summary = "Set the weekly availability",
            description = "Replaces the weekly windows (day, start, end, slot length, buffer, mode). Existing slots"
                    + " change only when slots are generated again.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ProblemResponses({ApiProblem.SPECIALIST_NOT_FOUND})
    Specialist replaceWeekly(String id, @Valid AvailabilityRequest request);

    @Operation(
            operationId = "addAvailabilityException",
            tags = ApiTags.DESK_SPECIALISTS,
            summary = "Add an exception to the availability",
            description = "Leave, a conference or a changed day: dates (and optionally hours) without slots.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ApiResponse(responseCode = "201", description = "The exception was added.")
    @ProblemResponses({ApiProblem.SPECIALIST_NOT_FOUND})
    Specialist addException(String id, @Valid ExceptionRequest request);

    @Operation(
            operationId = "removeAvailabilityException",
            tags = ApiTags.DESK_SPECIALISTS,
            summary = "Remove an exception",
            description = "Removes one exception by its id; removing an unknown one changes nothing.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @Parameter(
            name = "exceptionId",
            description = "The exception's id.",
            example = "6d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b")
    @ProblemResponses({ApiProblem.SPECIALIST_NOT_FOUND})
    Specialist removeException(String id, String exceptionId);
}
