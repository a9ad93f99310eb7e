package io.spinecare.booking.desk;

import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * The OpenAPI description of the front desk's agenda.
 * Parameter constraints live here too: Bean Validation lets the implementing controller inherit them, never add
 * its own.
 */
interface DeskAgendaApiDocs {

    @Operation(
            operationId = "getAgenda",
            tags = ApiTags.DESK_AGENDA,
            summary = "The day's agenda",
            description = "Every slot of the day (in the clinic's zone), of one specialist or all, each with the"
                    + " appointment booked in it: patient, consultation, urgent-review flag and outstanding scans.")
    @Parameter(name = "date", description = "The day, ISO-8601.", example = "2026-12-03")
    @Parameter(name = "specialistId", description = "Only this specialist.", example = "dr-meera-iyer")
    @ProblemResponses({ApiProblem.VALIDATION_FAILED, ApiProblem.BAD_REQUEST})
    DeskAgendaController.Agenda agenda(LocalDate date, @Pattern(regexp = "^[a-z0-9-]{1,64}$") String specialistId);
}
