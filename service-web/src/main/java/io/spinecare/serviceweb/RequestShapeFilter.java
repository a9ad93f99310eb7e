package io.spinecare.serviceweb;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose envelope cannot be read, before any code reads it lazily and fails deep inside: a query
 * string that does not decode (bad percent-escapes, invalid UTF-8) is a 400, a {@code Content-Type} that is not
 * one concrete media type is a 415, and a change to the API whose {@code Accept} rules out JSON is a 406 before the
 * change is made (the answer's type is otherwise only chosen after the handler has run).
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestShapeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasConcreteContentType(request)) {
            ProblemWriter.write(
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "Unsupported Media Type",
                    "Send the body as application/json.");
            return;
        }
        if (changesTheApi(request) && !acceptsJson(request)) {
            ProblemWriter.write(
                    response,
                    HttpStatus.NOT_ACCEPTABLE,
                    "not-acceptable",
                    "Not Acceptable",
                    "Acceptable representations: [application/json, application/problem+json].");
            return;
        }
        try {
            request.getParameterMap(); // the container parses lazily and throws on the first read
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            ProblemWriter.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "bad-request",
                    "The request was rejected",
                    "The query string is not valid percent-encoded UTF-8.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean changesTheApi(HttpServletRequest request) {
        String method = request.getMethod();
        boolean reads = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        return !reads && request.getRequestURI().startsWith("/api/");
    }

    /** No header, or one naming JSON (or a wildcard) with a quality above zero; an unreadable one is Spring's to judge. */
    private static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .filter(type -> type.getQualityValue() > 0)
                    .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        } catch (InvalidMediaTypeException e) {
            return true;
        }
    }

    private static boolean hasConcreteContentType(HttpServletRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
