package io.spinecare.booking.privacy;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: erase a patient on their request (ADR 0212). Staff only, like all of /api/desk. */
@RestController
class ErasureController implements ErasureApiDocs {

    private final PatientErasures erasures;

    ErasureController(PatientErasures erasures) {
        this.erasures = erasures;
    }

    @PostMapping("/api/desk/erasures")
    @Override
    public PatientErasures.Erasure erase(
            @AuthenticationPrincipal Jwt staff, @Valid @RequestBody ErasureRequest request) {
        return request.reference() != null
                ? erasures.eraseByReference(request.reference(), staff.getSubject())
                : erasures.eraseByEmail(request.email(), staff.getSubject());
    }
}
