package io.spinecare.booking.fhir;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything under /fhir/r4 that no other controller serves (another resource type, interaction or
 * method): an OperationOutcome saying so, instead of the problem+json of the rest of the service.
 */
@Hidden // described in docs/fhir.md and by GET /fhir/r4/metadata, not in the OpenAPI document
@RestController
class UnsupportedRequestsController {

    @RequestMapping(FhirConfiguration.BASE + "/**")
    ResponseEntity<String> unsupported(HttpServletRequest request) {
        throw new FhirProblem(
                org.springframework.http.HttpStatus.NOT_FOUND,
                org.hl7.fhir.r4.model.OperationOutcome.IssueType.NOTSUPPORTED,
                "not-supported",
                request.getMethod() + " " + request.getRequestURI().substring(FhirConfiguration.BASE.length())
                        + " is not supported by this server; see " + FhirConfiguration.BASE + "/metadata.");
    }
}
