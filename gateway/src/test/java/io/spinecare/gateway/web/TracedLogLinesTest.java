package io.spinecare.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's own log lines about a request, besides the access log, name the request's span as
 * {@code trace=<traceId>-<spanId>} (ADR 0800): a fallback for a service that is down, a rate-limit refusal and a
 * sign-in refused by an account lock, each with the same span as that request's access log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class TracedLogLinesTest extends GatewayIntegrationTest {

    private static final String CALLER_SPAN = "b7ad6b7169203331";

    /** A user name no other test signs in with, so no other test's failures count against it. */
    private static final String USER = "traced-log-lines";

    @Test
    void aFallbackForAServiceThatIsDownNamesTheRequestsSpan(CapturedOutput output) {
        String traceId = "3af7651916cd43dd8448eb211c80319c";
        booking.stop();
        try {
            client().get()
                    .uri("/api/catalog/conditions")
                    .header("traceparent", traceparent(traceId))
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503);
        } finally {
            booking.restart();
        }

        assertThat(spanOf(output, traceId, "booking service unavailable")).isEqualTo(accessLogSpan(output, traceId));
    }

    @Test
    void aRateLimitRefusalNamesTheRequestsSpan(CapturedOutput output) {
        String traceId = "4af7651916cd43dd8448eb211c80319c";
        WebTestClient patient = clientFrom("127.0.0.6");
        for (int hold = 0; hold < 3; hold++) {
            patient.post().uri("/api/slots/s-1/hold").exchange().expectStatus().isCreated();
        }
        patient.post()
                .uri("/api/slots/s-1/hold")
                .header("traceparent", traceparent(traceId))
                .exchange()
                .expectStatus()
                .isEqualTo(429);

        assertThat(spanOf(output, traceId, "refused by rate limit public-write"))
                .isEqualTo(accessLogSpan(output, traceId));
    }

    @Test
    void aSignInRefusedByAnAccountLockNamesTheRequestsSpanButNotTheUser(CapturedOutput output) {
        String traceId = "5af7651916cd43dd8448eb211c80319c";
        for (int guess = 0; guess < 4; guess++) {
            signIn("guess-" + guess, "203.0.113." + (40 + guess), null);
        }
        signIn("one-more-guess", "203.0.113.50", traceparent(traceId));

        assertThat(spanOf(output, traceId, "sign-in refused, account locked for"))
                .isEqualTo(accessLogSpan(output, traceId));
        assertThat(output.getAll()).doesNotContain(USER);
    }

    private void signIn(String password, String forwardedFor, String traceparent) {
        WebTestClient.RequestHeadersSpec<?> request = clientFrom(TRUSTED_PROXY)
                .post()
                .uri("/api/auth/token")
                .header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"" + USER + "\",\"password\":\"" + password + "\"}");
        if (traceparent != null) {
            request = request.header("traceparent", traceparent);
        }
        request.exchange().expectBody().returnResult();
    }

    private static String traceparent(String traceId) {
        return "00-" + traceId + "-" + CALLER_SPAN + "-01";
    }

    /** The span id a line containing {@code text} names for {@code traceId}. */
    private static String spanOf(CapturedOutput output, String traceId, String text) {
        Matcher line = Pattern.compile("trace=" + traceId + "-([0-9a-f]{16}) .*" + Pattern.quote(text))
                .matcher(output.getAll());
        assertThat(line.find()).as("a line with %s for trace %s", text, traceId).isTrue();
        return line.group(1);
    }

    /** The access log line is written once the response is on its way: it may follow the client's read. */
    private static String accessLogSpan(CapturedOutput output, String traceId) {
        Pattern accessLine = Pattern.compile("route=\\S+ requestId=\\S+ trace=" + traceId + "-([0-9a-f]{16})");
        Matcher line =
                await().atMost(Duration.ofSeconds(10)).until(() -> accessLine.matcher(output.getAll()), Matcher::find);
        assertThat(line.group(1)).isNotEqualTo(CALLER_SPAN);
        return line.group(1);
    }
}
