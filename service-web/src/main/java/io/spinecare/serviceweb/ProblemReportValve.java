package io.spinecare.serviceweb;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Answers what Tomcat refuses on its own, before any servlet runs (an encoded {@code /}, {@code \} or NUL in the
 * path, a malformed request line), with problem+json instead of Tomcat's HTML error page.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        try {
            response.resetBuffer();
            ProblemWriter.write(
                    response,
                    status == null ? HttpStatus.BAD_REQUEST : status,
                    code < 500 ? "bad-request" : "internal-error",
                    code < 500 ? "The request was rejected" : "Something went wrong on our side",
                    code < 500 ? "The server could not read this request." : "Please try again later.");
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already started: nothing more can be said
        }
    }
}
