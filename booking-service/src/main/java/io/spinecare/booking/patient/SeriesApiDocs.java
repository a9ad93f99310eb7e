package io.spinecare.booking.patient;

import io.spinecare.booking.series.SeriesView;
import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;

/** The OpenAPI description of the patient's follow-up series link (ADR 0226). */
interface SeriesApiDocs {

    String SERIES_ID = "The series' id, from the link in the e-mail that listed it.";
    String SERIES_EXAMPLE = "series-0b9f3c1e-2d4a-4c5b-8e7f-1a2b3c4d5e6f";

    @Operation(
            operationId = "viewSeries",
            tags = ApiTags.FOLLOW_UP_SERIES,
            summary = "View a follow-up series",
            description = "Each visit with its window, the scans it needs and its slot. Needs the series' manage"
                    + " token; a missing or wrong token answers 404 like an unknown series.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SERIES_EXAMPLE)
    @ProblemResponses({ApiProblem.SERIES_NOT_FOUND})
    SeriesView view(String seriesId, String token);

    @Operation(
            operationId = "confirmSeries",
            tags = ApiTags.FOLLOW_UP_SERIES,
            summary = "Confirm every visit of the series",
            description = "Books all visits or none: if one slot was taken meanwhile, nothing is booked, that visit"
                    + " is listed in `unresolvedVisitIds` and the others stay held.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SERIES_EXAMPLE)
    @ProblemResponses({
        ApiProblem.SERIES_NOT_FOUND,
        ApiProblem.SERIES_NOT_PROPOSED,
        ApiProblem.SERIES_INCOMPLETE,
        ApiProblem.SERIES_CHANGING,
        ApiProblem.SLOT_TAKEN,
        ApiProblem.SLOT_CONTENDED,
        ApiProblem.SLOT_NOT_BOOKABLE
    })
    SeriesView confirm(String seriesId, String token);

    @Operation(
            operationId = "moveSeriesVisit",
            tags = ApiTags.FOLLOW_UP_SERIES,
            summary = "Move one visit of the series",
            description = "Moves the visit to another slot in its window; the other visits stay. Before confirmation"
                    + " the new slot is held instead; after it, the visit's appointment is rescheduled.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SERIES_EXAMPLE)
    @Parameter(
            name = "visitId",
            description = "The visit's id in the procedure's schedule.",
            example = "review-6-weeks")
    @ProblemResponses({
        ApiProblem.VALIDATION_FAILED,
        ApiProblem.SERIES_NOT_FOUND,
        ApiProblem.APPOINTMENT_NOT_FOUND,
        ApiProblem.UNKNOWN_REFERENCE,
        ApiProblem.OUTSIDE_FOLLOW_UP_WINDOW,
        ApiProblem.SLOT_DOES_NOT_FIT,
        ApiProblem.SLOT_NOT_BOOKABLE,
        ApiProblem.SLOT_TAKEN,
        ApiProblem.SLOT_CONTENDED,
        ApiProblem.SAME_SLOT,
        ApiProblem.SERIES_NOT_PROPOSED,
        ApiProblem.SERIES_CHANGING,
        ApiProblem.APPOINTMENT_CHANGING,
        ApiProblem.APPOINTMENT_NOT_ACTIVE,
        ApiProblem.TOO_LATE_TO_CHANGE
    })
    SeriesView move(String seriesId, String visitId, String token, @Valid RescheduleRequest request);

    @Operation(
            operationId = "cancelSeries",
            tags = ApiTags.FOLLOW_UP_SERIES,
            summary = "Cancel the series",
            description = "Lets the held slots go, or cancels the visits still to come; past visits stay.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SERIES_EXAMPLE)
    @ProblemResponses({ApiProblem.SERIES_NOT_FOUND, ApiProblem.SERIES_CHANGING, ApiProblem.APPOINTMENT_CONTENDED})
    SeriesView cancel(String seriesId, String token);
}
