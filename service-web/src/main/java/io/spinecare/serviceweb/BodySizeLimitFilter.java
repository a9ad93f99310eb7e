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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No legitimate request to a SpineCare service is larger than a few kilobytes; refuse big bodies before parsing. A declared
 * {@code Content-Length} is judged at once; a body of unknown length (chunked) is read into memory up to the limit,
 * counting bytes as they arrive, and refused as soon as it passes the limit.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final int maxBodyBytes;

    BodySizeLimitFilter(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            refuse(response);
            return;
        }
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                refuse(response);
                return;
            }
            request = new BufferedBodyRequest(request, body);
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        // The rest of the body is never read: close the connection rather than drain it.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        ProblemWriter.write(
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "The request body is too large",
                "Bodies are limited to " + maxBodyBytes + " bytes.");
    }
}
