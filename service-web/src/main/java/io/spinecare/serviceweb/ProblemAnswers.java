package io.spinecare.serviceweb;

import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;

/**
 * What the services' exception handlers answer alike, each with the type and title of its own problem catalogue: a
 * database outage, and a SpineCare type for what Spring MVC refuses by itself.
 */
public final class ProblemAnswers {

    /** Long enough for a replica-set election or a restarted node. */
    public static final String DATABASE_RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(ProblemAnswers.class);

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

    private ProblemAnswers() {}

    /**
     * The database is unreachable: a passing outage, not a fault of the service or the caller, so 503 with a hint
     * when to try again. The exception's message is not logged: it may name hosts or echo a query.
     */
    public static ResponseEntity<ProblemDetail> databaseOutage(Exception cause, URI type, String title, String detail) {
        log.warn("Database unreachable: {}", cause.getClass().getName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(type);
        problem.setTitle(title);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /**
     * The body of Spring MVC's own refusal (unknown path, wrong method or media type), derived now if Spring left it
     * for later, with a SpineCare type by its status where Spring gave none; any other body as it is.
     */
    public static Object typed(Exception refusal, Object body, HttpStatusCode status) {
        Object typed = body == null && refusal instanceof ErrorResponse framework ? framework.getBody() : body;
        if (typed instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(
                    ProblemWriter.TYPE_BASE + TYPES_BY_STATUS.getOrDefault(status.value(), "request-rejected")));
        }
        return typed;
    }
}
