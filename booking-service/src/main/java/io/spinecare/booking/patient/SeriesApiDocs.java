package io.spinecare.booking.patient;

import io.spinecare.booking.series.SeriesView;
import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.spinecare.booking.web.ProblemSet;
import io.spinecare.booking.web.SeriesDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.List;

/** The OpenAPI description of the patient's follow-up series link (ADR 0226). */
interface SeriesApiDocs {

    String SERIES_ID = "The series' id, from the link in the e-mail that listed it.";

    @Operation(
            operationId = "viewSeries",
            tags = ApiTags.FOLLOW_UP_SERIES,
            summary = "View a follow-up series",
            description = "Each visit with its window, the scans it needs and its slot. Needs the series' manage"
                    + " token; a missing or wrong token answers 404 like an unknown series.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SeriesDocs.SERIES_EXAMPLE)
    @ProblemResponses({ApiProblem.SERIES_NOT_FOUND})
    SeriesView view(String seriesId, String token);

    @Operation(
            operationId = "findSeriesVisitSlots",
            tags = ApiTags.FOLLOW_UP_SERIES,
            summary = "Free slots a visit may move to",
            description = SeriesDocs.FREE_SLOTS + ". Needs the series' manage token.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SeriesDocs.SERIES_EXAMPLE)
    @Parameter(name = "visitId", description = SeriesDocs.VISIT_ID, example = "review-6-weeks")
    @ProblemResponses({ApiProblem.SERIES_NOT_FOUND, ApiProblem.UNKNOWN_REFERENCE})
    List<OpenSlotView> freeSlots(String seriesId, String visitId, String token);

    @Operation(
            operationId = "confirmSeries",
            tags = ApiTags.FOLLOW_UP_SERIES,
            summary = "Confirm every visit of the series",
            description = "Books all visits or none: if one slot was taken meanwhile, nothing is booked, that visit"
                    + " is listed in `unresolvedVisitIds` and the others stay held.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SeriesDocs.SERIES_EXAMPLE)
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
    @Parameter(name = "seriesId", description = SERIES_ID, example = SeriesDocs.SERIES_EXAMPLE)
    @Parameter(name = "visitId", description = SeriesDocs.VISIT_ID, example = "review-6-weeks")
    // after confirmation the visit's appointment is rescheduled, with the reschedule's refusals
    @ProblemResponses(
            value = {
                ApiProblem.APPOINTMENT_NOT_FOUND,
                ApiProblem.SAME_SLOT,
                ApiProblem.APPOINTMENT_CHANGING,
                ApiProblem.APPOINTMENT_NOT_ACTIVE,
                ApiProblem.TOO_LATE_TO_CHANGE
            },
            sets = ProblemSet.SERIES_VISIT_SLOT)
    SeriesView move(String seriesId, String visitId, String token, @Valid RescheduleRequest request);

    @Operation(
            operationId = "cancelSeries",
            tags = ApiTags.FOLLOW_UP_SERIES,
            summary = "Cancel the series",
            description = SeriesDocs.CANCEL)
    @Parameter(name = "seriesId", description = SERIES_ID, example = SeriesDocs.SERIES_EXAMPLE)
    @ProblemResponses({ApiProblem.SERIES_NOT_FOUND, ApiProblem.SERIES_CHANGING, ApiProblem.APPOINTMENT_CONTENDED})
    SeriesView cancel(String seriesId, String token);
}
