package io.spinecare.gateway.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The gateway's own RFC 9457 problems, each with a stable type URI. */
public final class Problems {

    private static final String BASE = "https://spinecare.io/problems/";

    private Problems() {}

    public static ProblemDetail unauthenticated() {
        return of(
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Authentication required",
                "A valid staff access token is required for this resource.");
    }

    public static ProblemDetail forbidden() {
        return of(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Access denied",
                "The access token does not carry the role this resource needs.");
    }

    public static ProblemDetail invalidCredentials() {
        return of(
                HttpStatus.UNAUTHORIZED,
                "invalid-credentials",
                "Invalid credentials",
                "The user name or password is wrong.");
    }

    public static ProblemDetail rateLimited(long retryAfterSeconds) {
        return of(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                "Too many requests from this client; try again in " + retryAfterSeconds + " s.");
    }

    /** Same type as {@link #rateLimited}: clients treat both alike, wait and retry. */
    public static ProblemDetail accountLocked(long retryAfterSeconds) {
        return of(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                "Too many failed sign-ins for this account; try again in " + retryAfterSeconds + " s.");
    }

    public static ProblemDetail serviceUnavailable(String service) {
        return of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Service unavailable",
                "The " + service + " service is not answering right now; please try again shortly.");
    }

    public static ProblemDetail payloadTooLarge(long maxBytes) {
        return of(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "The request body is too large",
                "Request bodies may be at most " + maxBytes + " bytes.");
    }

    public static ProblemDetail invalidRequest(String detail) {
        return of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
    }

    /** Any other status the gateway itself answers with (404, 405, 415, 500, ...). */
    public static ProblemDetail forStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status.value();
        String slug =
                switch (status.value()) {
                    case 404 -> "not-found";
                    case 405 -> "method-not-allowed";
                    case 413 -> "payload-too-large";
                    case 415 -> "unsupported-media-type";
                    case 500 -> "internal-error";
                    case 504 -> "gateway-timeout";
                    default -> status.is4xxClientError() ? "invalid-request" : "internal-error";
                };
        return of(status, slug, title, null);
    }

    static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(BASE + slug));
        problem.setTitle(title);
        problem.setDetail(detail);
        return problem;
    }
}
