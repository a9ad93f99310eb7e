package io.spinecare.booking.fhir;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.web.FailureProblems;
import io.spinecare.booking.web.ProblemException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every failure of the FHIR facade as an OperationOutcome, never problem+json: the booking rules'
 * problems keep their HTTP status and their slug (in {@code details.coding}), with a FHIR issue code;
 * a taken slot is {@code conflict} with HTTP 409.
 */
@RestControllerAdvice(basePackageClasses = FhirExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FhirExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FhirExceptionHandler.class);

    private final FhirJson json;

    FhirExceptionHandler(FhirJson json) {
        this.json = json;
    }

    @ExceptionHandler(FhirProblem.class)
    ResponseEntity<String> fhir(FhirProblem e) {
        return json.answer(e.status(), FhirJson.outcome(e.code(), e.slug(), e.getMessage()));
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<String> domain(ProblemException e) {
        return json.answer(e.status(), FhirJson.outcome(codeFor(e.status()), e.slug(), e.getMessage()));
    }

    @ExceptionHandler(BookingFailure.class)
    ResponseEntity<String> domain(BookingFailure e) {
        return domain(FailureProblems.of(e));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> badParameter(Exception e) {
        return json.answer(
                HttpStatus.BAD_REQUEST, FhirJson.outcome(IssueType.INVALID, "invalid", "Invalid request parameter."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e) {
        log.error("Unexpected failure in the FHIR facade: {}", e.getClass().getName(), e);
        return json.answer(
                HttpStatus.INTERNAL_SERVER_ERROR,
                FhirJson.outcome(IssueType.EXCEPTION, "internal-error", "Something went wrong on our side."));
    }

    static IssueType codeFor(HttpStatus status) {
        return switch (status) {
            case CONFLICT -> IssueType.CONFLICT;
            case NOT_FOUND -> IssueType.NOTFOUND;
            case FORBIDDEN -> IssueType.FORBIDDEN;
            case UNAUTHORIZED -> IssueType.LOGIN;
            case BAD_REQUEST -> IssueType.INVALID;
            case UNPROCESSABLE_CONTENT -> IssueType.BUSINESSRULE;
            default -> IssueType.PROCESSING;
        };
    }
}
