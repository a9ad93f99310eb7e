package io.spinecare.notification.desk;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Bad input → RFC 9457 problem+json with a stable type and field errors, never a 500. Spring's own refusals (unknown
 * path, wrong method, wrong media type) get SpineCare types too, so clients can branch on every answer.
 */
// Before Boot's generic problem handler, so that these problems carry SpineCare's type and field errors.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://spinecare.io/problems/";
    static final URI INVALID_REQUEST = URI.create(TYPE_BASE + "invalid-request");

    private static final Map<Integer, String> TYPES_BY_STATUS = Map.of(
            400, "bad-request",
            401, "unauthorized",
            403, "forbidden",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            413, "payload-too-large",
            415, "unsupported-media-type",
            429, "rate-limited",
            503, "service-unavailable");

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalid(List.of(Map.of("field", e.getParameterName(), "message", "is required"))));
    }

    @ExceptionHandler(DeliveryLogController.InvalidParameterException.class)
    ProblemDetail invalid(DeliveryLogController.InvalidParameterException e) {
        return invalid(List.of(Map.of("field", e.parameter, "message", e.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse framework) {
            body = framework.getBody(); // Spring leaves the body to be derived later; derive it now
        }
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(TYPE_BASE + TYPES_BY_STATUS.getOrDefault(status.value(), "request-rejected")));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
