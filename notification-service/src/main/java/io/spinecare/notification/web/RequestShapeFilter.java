package io.spinecare.notification.web;

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
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose envelope cannot be read, before any code reads it lazily and fails deep inside: a query
 * string that does not decode (bad percent-escapes, invalid UTF-8) is a 400, and a {@code Content-Type} that is not
 * one concrete media type is a 415.
 */
@Component
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
