package io.spinecare.booking.desk;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.audit.AuditLog;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: the "needs review" queue of urgent red flags, and acknowledging one. Staff only. */
@RestController
class DeskReviewController implements DeskReviewApiDocs {

    private final UrgentReviews reviews;
    private final AuditLog audit;

    DeskReviewController(UrgentReviews reviews, AuditLog audit) {
        this.reviews = reviews;
        this.audit = audit;
    }

    record AcknowledgeRequest(@Size(max = 500) String note) {}

    @GetMapping("/api/desk/reviews")
    @Override
    public List<UrgentReviews.ReviewItem> queue() {
        return reviews.queue();
    }

    @PostMapping("/api/desk/appointments/{id}/acknowledge-review")
    @Override
    public DeskAppointmentView acknowledge(
            @PathVariable String id,
            @AuthenticationPrincipal Jwt staff,
            @RequestBody(required = false) AcknowledgeRequest request) {
        Appointment acknowledged = reviews.acknowledge(id, staff.getSubject(), request == null ? null : request.note());
        audit.record(
                "appointment.acknowledge-review",
                "appointment",
                acknowledged.id(),
                AppointmentSummaries.before(acknowledged),
                AppointmentSummaries.after(acknowledged));
        return DeskAppointmentView.of(acknowledged);
    }
}
