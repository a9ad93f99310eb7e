package io.spinecare.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import io.spinecare.gateway.testing.TestTokens;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 6: request id and W3C trace context reach the backend; patient headers pass untouched. */
class RequestTracingTest extends GatewayIntegrationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Test
    void theCallersRequestIdReachesTheBackendAndIsEchoed() {
        client().get()
                .uri("/api/catalog/conditions?q=sciatica")
                .header("X-Request-Id", "desk-page-42")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Request-Id", "desk-page-42");

        assertThat(booking.lastReceived().header("X-Request-Id")).isEqualTo("desk-page-42");
    }

    @Test
    void aRequestWithoutIdGetsOneAndTheBackendSeesTheSameOne() {
        String echoed = client().get()
                .uri("/api/specialists?conditionId=herniated-disc")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-Request-Id");

        assertThat(UUID.fromString(echoed)).isNotNull();
        assertThat(booking.lastReceived().header("X-Request-Id")).isEqualTo(echoed);
    }

    @Test
    void anUnsafeRequestIdIsReplacedNotPassedOn() {
        String echoed = client().get()
                .uri("/api/catalog/procedures")
                .header("X-Request-Id", "x".repeat(300))
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-Request-Id");

        assertThat(echoed).hasSize(36);
        assertThat(booking.lastReceived().header("X-Request-Id")).isEqualTo(echoed);
    }

    @Test
    void aCallersTraceAndTracestateAreContinuedUnderTheGatewaysSpan() {
        client().get()
                .uri("/api/slots?specialistId=s-1")
                .header("traceparent", TRACEPARENT)
                .header("tracestate", "vendor=abc")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(booking.lastReceived().header("traceparent"))
                .as("the caller's trace, with the gateway's span as the parent")
                .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
                .isNotEqualTo(TRACEPARENT);
        assertThat(booking.lastReceived().header("tracestate")).isEqualTo("vendor=abc");
    }

    @Test
    void aTraceIsStartedWhenTheCallerSendsNoneOrAnInvalidOne() {
        client().get().uri("/api/slots").exchange().expectStatus().isOk();
        String started = booking.lastReceived().header("traceparent");

        client().get()
                .uri("/api/slots")
                .header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .header("tracestate", "vendor=stale")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(started).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(booking.lastReceived().header("traceparent"))
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                .isNotEqualTo(started)
                .doesNotStartWith("00-00000000000000000000000000000000");
        assertThat(booking.lastReceived().header("tracestate")).isNull();
    }

    @Test
    void theTraceAndRequestIdAlsoReachTheNotificationService() {
        String token = TestTokens.withGatewayKey().valid("desk", List.of("front-desk"));
        client().get()
                .uri("/api/desk/notifications?appointmentId=a-1")
                .headers(headers -> headers.setBearerAuth(token))
                .header("traceparent", TRACEPARENT)
                .header("X-Request-Id", "desk-7")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(notification.lastReceived().header("traceparent")).startsWith("00-" + TRACE_ID + "-");
        assertThat(notification.lastReceived().header("X-Request-Id")).isEqualTo("desk-7");
    }

    @Test
    void thePatientsManageTokenPassesThroughUntouchedWithPathAndQuery() {
        String manageToken = "mt_9f8e7d6c5b4a-._~+/=";
        client().get()
                .uri("/api/appointments/SPC-7K2Q?lang=en")
                .header("X-Manage-Token", manageToken)
                .exchange()
                .expectStatus()
                .isOk();

        var received = booking.lastReceived();
        assertThat(received.path()).isEqualTo("/api/appointments/SPC-7K2Q");
        assertThat(received.query()).isEqualTo("lang=en");
        assertThat(received.header("X-Manage-Token")).isEqualTo(manageToken);
    }

    @Test
    void theGatewaysOwnErrorsCarryTheRequestIdToo() {
        client().get()
                .uri("/api/desk/agenda")
                .header("X-Request-Id", "support-call-1")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("X-Request-Id", "support-call-1")
                .expectBody()
                .jsonPath("$.requestId")
                .isEqualTo("support-call-1");
    }
}
