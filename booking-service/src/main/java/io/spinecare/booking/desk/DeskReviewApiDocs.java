package io.spinecare.booking.desk;

import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;

/** The OpenAPI description of the desk's "needs review" queue of urgent red flags (ADR 0210). */
interface DeskReviewApiDocs {

    @Operation(
            operationId = "listUrgentReviews",
            tags = ApiTags.DESK_APPOINTMENTS,
            summary = "Urgent reviews waiting",
            description = "Appointments still to happen whose red-flag answers need an urgent specialist review"
                    + " and that no one has acknowledged yet, the soonest `reviewBy` first.")
    List<UrgentReviews.ReviewItem> queue();

    @Operation(
            operationId = "acknowledgeUrgentReview",
            tags = ApiTags.DESK_APPOINTMENTS,
            summary = "Acknowledge an urgent review",
            description = "Staff have read the red-flag answers and taken charge (usually after calling the"
                    + " patient). Recorded in the history with the staff user and an optional note; the status"
                    + " does not change.")
    @Parameter(name = "id", description = DeskAppointmentApiDocs.ID, example = DeskAppointmentApiDocs.ID_EXAMPLE)
    @ProblemResponses({
        ApiProblem.VALIDATION_FAILED,
        ApiProblem.APPOINTMENT_NOT_FOUND,
        ApiProblem.NO_URGENT_REVIEW,
        ApiProblem.REVIEW_ALREADY_ACKNOWLEDGED,
        ApiProblem.APPOINTMENT_CONTENDED
    })
    DeskAppointmentView acknowledge(
            String id, @Parameter(hidden = true) Jwt staff, @Valid DeskReviewController.AcknowledgeRequest request);
}
