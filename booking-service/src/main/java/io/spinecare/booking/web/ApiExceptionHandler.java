package io.spinecare.booking.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.serviceweb.ProblemAnswers;
import jakarta.validation.ValidationException;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure into RFC 9457 problem+json with a stable type. Spring's own handler covers
 * the framework exceptions; this class gives them SpineCare types and field errors.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
        if (e instanceof TooManyRequests limit) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(limit.retryAfterSeconds()));
        }
        return answer.body(e.toProblemDetail());
    }

    /**
     * A validation check that fails inside itself (a constraint that cannot judge the value) rejects the request:
     * the value is what made it fail.
     */
    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Object> handleBrokenCheck(ValidationException e) {
        log.warn("A validation check failed on its input: {}", e.getClass().getName());
        return invalid(List.of());
    }

    /** A parameter name the security firewall will not let through, found while MVC reads the parameters. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> handleRejected(RequestRejectedException e) {
        ProblemException problem = ProblemException.badRequest(
                "bad-request",
                "The request was rejected",
                "The request has characters that are not allowed.",
                List.of());
        return ResponseEntity.badRequest().body(problem.toProblemDetail());
    }

    @ExceptionHandler(BookingFailure.class)
    ResponseEntity<ProblemDetail> handleFailure(BookingFailure e) {
        return handleProblem(FailureProblems.of(e));
    }

    /** The database is unreachable: a passing outage, not a fault of ours or the caller's; try again soon. */
    @ExceptionHandler({DataAccessResourceFailureException.class, MongoTimeoutException.class, MongoSocketException.class
    })
    ResponseEntity<ProblemDetail> handleDatabaseOutage(Exception e) {
        return ProblemAnswers.databaseOutage(
                e,
                ApiProblem.SERVICE_UNAVAILABLE.type(),
                ApiProblem.SERVICE_UNAVAILABLE.title(),
                "The booking service cannot reach its database; try again shortly.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        // The message may echo request data (personal data); log the type and stack only.
        log.error("Unexpected failure: {}", e.getClass().getName(), withoutMessage(e));
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setType(URI.create(ProblemException.TYPE_BASE + "internal-error"));
        problem.setTitle("Something went wrong on our side");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> errors.add(
                        new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return invalid(errors);
    }

    /** A query or path parameter of the wrong shape: name it, never repeat the value (it may be personal). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        String message = ex.getRequiredType() != null && Temporal.class.isAssignableFrom(ex.getRequiredType())
                ? DateBounds.MESSAGE + " (ISO 8601)"
                : "has the wrong type or format";
        ProblemException problem = ProblemException.badRequest(
                "bad-request",
                "The request was rejected",
                "A parameter has the wrong type or format.",
                List.of(new FieldProblem(name, message)));
        return ResponseEntity.badRequest().body(problem.toProblemDetail());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        if (ex.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            errors.add(new FieldProblem(pathOf(jackson), "is missing a value of the right type or format"));
        }
        ProblemException problem = ProblemException.badRequest(
                "malformed-request",
                "The request body is not valid JSON of the expected shape",
                errors.isEmpty() ? "The body could not be read." : "A field has the wrong type or format.",
                errors);
        return ResponseEntity.badRequest().body(problem.toProblemDetail());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        return super.handleExceptionInternal(
                ex, ProblemAnswers.typed(ex, body, statusCode), headers, statusCode, request);
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        ProblemException problem = ProblemException.badRequest(
                "validation-failed", "The request has invalid fields", "Some fields are missing or invalid.", errors);
        return ResponseEntity.badRequest().body(problem.toProblemDetail());
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Throwable withoutMessage(Throwable e) {
        Throwable copy = new Throwable(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
