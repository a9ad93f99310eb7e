package io.spinecare.booking.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A problem+json answer built at the edge: from a {@code BookingFailure} by {@link FailureProblems}, or from a
 * malformed request by {@code ApiExceptionHandler}. Carries everything an RFC 9457 answer needs; the
 * {@code type} is a stable URI clients may branch on, so slugs are never renamed.
 */
public class ProblemException extends RuntimeException {

    public static final String TYPE_BASE = "https://spinecare.io/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final List<FieldProblem> errors;
    private final Map<String, Object> extensions;

    public ProblemException(HttpStatus status, String slug, String title, String detail, List<FieldProblem> errors) {
        this(status, slug, title, detail, errors, Map.of());
    }

    /** {@code extensions}: members of the answer beside type, title, status, detail and errors. */
    public ProblemException(
            HttpStatus status,
            String slug,
            String title,
            String detail,
            List<FieldProblem> errors,
            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = extensions;
    }

    public static ProblemException badRequest(String slug, String title, String detail, List<FieldProblem> errors) {
        return new ProblemException(HttpStatus.BAD_REQUEST, slug, title, detail, errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        extensions.forEach(problem::setProperty);
        return problem;
    }
}
