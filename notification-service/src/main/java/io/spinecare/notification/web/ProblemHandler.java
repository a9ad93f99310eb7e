package io.spinecare.notification.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.spinecare.serviceweb.ProblemAnswers;
import io.spinecare.serviceweb.ProblemWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Bad input and database outages → RFC 9457 problem+json with a stable type and field errors, never a 500. Spring's own
 * refusals (unknown path, wrong method, wrong media type) get SpineCare types too, so clients can branch on every answer.
 */
// Before Boot's generic problem handler, so that these problems carry SpineCare's type and field errors.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final URI INVALID_REQUEST = URI.create(ProblemWriter.TYPE_BASE + "invalid-request");
    static final URI SERVICE_UNAVAILABLE = URI.create(ProblemWriter.TYPE_BASE + "service-unavailable");

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalid(List.of(Map.of("field", e.getParameterName(), "message", "is required"))));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalid(InvalidParameterException e) {
        return invalid(List.of(Map.of("field", e.parameter, "message", e.getMessage())));
    }

    /** The database is unreachable: a passing outage, answered 503 with a hint when to try again. */
    @ExceptionHandler({DataAccessResourceFailureException.class, MongoTimeoutException.class, MongoSocketException.class
    })
    ResponseEntity<ProblemDetail> databaseOutage(Exception e) {
        return ProblemAnswers.databaseOutage(
                e,
                SERVICE_UNAVAILABLE,
                "Service unavailable",
                "The notification service cannot reach its database; try again shortly.");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return super.handleExceptionInternal(e, ProblemAnswers.typed(e, body, status), headers, status, request);
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
