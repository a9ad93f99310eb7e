package io.spinecare.booking.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request the service refuses on purpose. Carries everything an RFC 9457 answer needs; the
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

    /** {@code extensions}: members of the answer beside the standard ones, in the order given. */
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

    public static ProblemException notFound(String slug, String title, String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, slug, title, detail, List.of());
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, slug, title, detail, List.of());
    }

    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, detail, List.of());
    }

    /** A request that names something that does not exist (a condition, a slot, a red flag). */
    public static ProblemException unknownReference(String field, String detail) {
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "unknown-reference",
                "The request refers to something that does not exist",
                detail,
                List.of(new FieldProblem(field, detail)));
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
