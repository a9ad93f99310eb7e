package io.spinecare.notification.desk;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad input → RFC 9457 problem+json with a stable type and field errors, never a 500. */
// Before Boot's generic problem handler, so that these problems carry SpineCare's type and field errors.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class ProblemHandler {

    static final URI INVALID_REQUEST = URI.create("https://spinecare.io/problems/invalid-request");

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return invalid(List.of(Map.of("field", e.getParameterName(), "message", "is required")));
    }

    @ExceptionHandler(DeliveryLogController.InvalidParameterException.class)
    ProblemDetail invalid(DeliveryLogController.InvalidParameterException e) {
        return invalid(List.of(Map.of("field", e.parameter, "message", e.getMessage())));
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
