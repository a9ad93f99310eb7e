package io.spinecare.booking.privacy;

import io.spinecare.booking.audit.AuditLog;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: erase a patient on their request (ADR 0212). Staff only, like all of /api/desk. */
@RestController
class ErasureController implements ErasureApiDocs {

    private final PatientErasures erasures;
    private final AuditLog audit;

    ErasureController(PatientErasures erasures, AuditLog audit) {
        this.erasures = erasures;
        this.audit = audit;
    }

    @PostMapping("/api/desk/erasures")
    @Override
    public PatientErasures.Erasure erase(
            @AuthenticationPrincipal Jwt staff, @Valid @RequestBody ErasureRequest request) {
        PatientErasures.Erasure erasure = request.reference() != null
                ? erasures.eraseByReference(request.reference(), staff.getSubject())
                : erasures.eraseByEmail(request.email(), staff.getSubject());
        // ids and counts only: the request's e-mail address or reference is personal data and stays out
        audit.record(
                "patient.erase",
                "erasure",
                erasure.erasureId(),
                Map.of(),
                AuditLog.state(
                        "appointments",
                        String.join(",", erasure.appointmentIds()),
                        "appointmentsErased",
                        erasure.appointmentsErased(),
                        "waitlistEntriesRemoved",
                        erasure.waitlistEntriesRemoved(),
                        "waitlistOffersRemoved",
                        erasure.waitlistOffersRemoved()));
        return erasure;
    }
}
