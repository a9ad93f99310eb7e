package io.spinecare.booking.desk;

import io.spinecare.booking.series.SeriesView;
import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;

/** The OpenAPI description of the desk's follow-up series (ADR 0226). */
interface DeskSeriesApiDocs {

    String SERIES_ID = "The series' id, `series-` and the id of the appointment it was recorded for.";
    String SERIES_EXAMPLE = "series-0b9f3c1e-2d4a-4c5b-8e7f-1a2b3c4d5e6f";

    @Operation(
            operationId = "recordSurgery",
            tags = ApiTags.DESK_FOLLOW_UP_SERIES,
            summary = "Record a surgery and plan its follow-up series",
            description = "Records the procedure, its date and surgeon for the patient of this appointment, and plans"
                    + " the procedure's follow-up visits: for each, the free post-operative slot nearest its target day"
                    + " inside its window (the surgeon's first, then a colleague's), held for the patient to confirm."
                    + " Visits whose window has no free slot are listed in `unresolvedVisitIds`.")
    @Parameter(name = "id", description = DeskAppointmentApiDocs.ID, example = DeskAppointmentApiDocs.ID_EXAMPLE)
    @ProblemResponses({
        ApiProblem.VALIDATION_FAILED,
        ApiProblem.APPOINTMENT_NOT_FOUND,
        ApiProblem.UNKNOWN_REFERENCE,
        ApiProblem.SERIES_EXISTS
    })
    ResponseEntity<SeriesView> recordSurgery(
            String id, @Parameter(hidden = true) Jwt staff, @Valid DeskSeriesController.SurgeryRequest request);

    @Operation(
            operationId = "getSeriesForDesk",
            tags = ApiTags.DESK_FOLLOW_UP_SERIES,
            summary = "A follow-up series",
            description = "The series with each visit's window, scans, slot and, once confirmed, appointment.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SERIES_EXAMPLE)
    @ProblemResponses({ApiProblem.SERIES_NOT_FOUND})
    SeriesView get(String seriesId);

    @Operation(
            operationId = "setSeriesVisitSlot",
            tags = ApiTags.DESK_FOLLOW_UP_SERIES,
            summary = "Give a visit of a proposed series another slot",
            description = "Holds the slot for the visit instead of its current one (or of none: how an unresolved"
                    + " visit is resolved). The slot must lie in the visit's window. The other visits stay.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SERIES_EXAMPLE)
    @Parameter(
            name = "visitId",
            description = "The visit's id in the procedure's schedule.",
            example = "review-6-weeks")
    @ProblemResponses({
        ApiProblem.VALIDATION_FAILED,
        ApiProblem.SERIES_NOT_FOUND,
        ApiProblem.UNKNOWN_REFERENCE,
        ApiProblem.OUTSIDE_FOLLOW_UP_WINDOW,
        ApiProblem.SLOT_DOES_NOT_FIT,
        ApiProblem.SLOT_NOT_BOOKABLE,
        ApiProblem.SLOT_TAKEN,
        ApiProblem.SLOT_CONTENDED,
        ApiProblem.SERIES_NOT_PROPOSED,
        ApiProblem.SERIES_CHANGING
    })
    SeriesView setVisitSlot(String seriesId, String visitId, @Valid DeskSeriesController.SlotRequest request);

    @Operation(
            operationId = "cancelSeriesForDesk",
            tags = ApiTags.DESK_FOLLOW_UP_SERIES,
            summary = "Cancel a follow-up series",
            description = "Lets the held slots go, or cancels the visits still to come; past visits stay.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SERIES_EXAMPLE)
    @ProblemResponses({ApiProblem.SERIES_NOT_FOUND, ApiProblem.SERIES_CHANGING, ApiProblem.APPOINTMENT_CONTENDED})
    SeriesView cancel(String seriesId, @Parameter(hidden = true) Jwt staff);
}
