package io.spinecare.booking.desk;

import io.spinecare.booking.series.SeriesView;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.spinecare.booking.web.ProblemSet;
import io.spinecare.booking.web.SeriesDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;

/** The OpenAPI description of the desk's follow-up series (ADR 0226). */
interface DeskSeriesApiDocs {

    String SERIES_ID = "The series' id, `series-` and the id of the appointment it was recorded for.";

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
    @Parameter(name = "seriesId", description = SERIES_ID, example = SeriesDocs.SERIES_EXAMPLE)
    @ProblemResponses({ApiProblem.SERIES_NOT_FOUND})
    SeriesView get(String seriesId);

    @Operation(
            operationId = "setSeriesVisitSlot",
            tags = ApiTags.DESK_FOLLOW_UP_SERIES,
            summary = "Give a visit of a proposed series another slot",
            description = "Holds the slot for the visit instead of its current one (or of none: how an unresolved"
                    + " visit is resolved). The slot must lie in the visit's window. The other visits stay.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SeriesDocs.SERIES_EXAMPLE)
    @Parameter(name = "visitId", description = SeriesDocs.VISIT_ID, example = "review-6-weeks")
    @ProblemResponses(sets = ProblemSet.SERIES_VISIT_SLOT)
    SeriesView setVisitSlot(String seriesId, String visitId, @Valid DeskSeriesController.SlotRequest request);

    @Operation(
            operationId = "findSeriesVisitSlotsForDesk",
            tags = ApiTags.DESK_FOLLOW_UP_SERIES,
            summary = "Free slots for one visit of a series",
            description = SeriesDocs.FREE_SLOTS
                    + ": the choices for resolving a visit without a slot, or for moving one before confirmation.")
    @Parameter(name = "seriesId", description = SERIES_ID, example = SeriesDocs.SERIES_EXAMPLE)
    @Parameter(name = "visitId", description = SeriesDocs.VISIT_ID, example = "review-6-months")
    @ProblemResponses({ApiProblem.SERIES_NOT_FOUND, ApiProblem.UNKNOWN_REFERENCE})
    List<SlotView> freeSlots(String seriesId, String visitId);

    @Operation(
            operationId = "cancelSeriesForDesk",
            tags = ApiTags.DESK_FOLLOW_UP_SERIES,
            summary = "Cancel a follow-up series",
            description = SeriesDocs.CANCEL)
    @Parameter(name = "seriesId", description = SERIES_ID, example = SeriesDocs.SERIES_EXAMPLE)
    @ProblemResponses({ApiProblem.SERIES_NOT_FOUND, ApiProblem.SERIES_CHANGING, ApiProblem.APPOINTMENT_CONTENDED})
    SeriesView cancel(String seriesId, @Parameter(hidden = true) Jwt staff);
}
