package io.spinecare.booking.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;

/** A FHIR request refused on purpose; answered as an OperationOutcome with this status and issue code. */
class FhirProblem extends RuntimeException {

    private final HttpStatus status;
    private final IssueType code;
    private final String slug;

    FhirProblem(HttpStatus status, IssueType code, String slug, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.slug = slug;
    }

    static FhirProblem invalid(String message) {
        return new FhirProblem(HttpStatus.BAD_REQUEST, IssueType.INVALID, "invalid", message);
    }

    static FhirProblem required(String message) {
        return new FhirProblem(HttpStatus.BAD_REQUEST, IssueType.REQUIRED, "required", message);
    }

    static FhirProblem notSupported(String message) {
        return new FhirProblem(HttpStatus.BAD_REQUEST, IssueType.NOTSUPPORTED, "not-supported", message);
    }

    static FhirProblem notFound(String message) {
        return new FhirProblem(HttpStatus.NOT_FOUND, IssueType.NOTFOUND, "not-found", message);
    }

    static FhirProblem forbidden(String message) {
        return new FhirProblem(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN, "forbidden", message);
    }

    HttpStatus status() {
        return status;
    }

    IssueType code() {
        return code;
    }

    String slug() {
        return slug;
    }
}
