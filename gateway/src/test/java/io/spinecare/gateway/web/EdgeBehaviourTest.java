package io.spinecare.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What browsers and operators see at the edge: headers, errors, pages, API docs, health. */
class EdgeBehaviourTest extends GatewayIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void anUnknownPathIsA404Problem() {
        client().get()
                .uri("/api/nothing-here")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://spinecare.io/problems/not-found")
                .jsonPath("$.status")
                .isEqualTo(404);
    }

    @Test
    void proxiedApiResponsesCarryTheSecurityHeadersButNoHstsOverPlainHttp() {
        client().get()
                .uri("/api/catalog/conditions")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"))
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                .expectHeader()
                .doesNotExist("Strict-Transport-Security");
    }

    @Test
    void hstsIsSentWhenATrustedTlsProxyForwardedTheRequest() {
        clientFrom(TRUSTED_PROXY)
                .get()
                .uri("/api/catalog/conditions")
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectHeader()
                .value("Strict-Transport-Security", hsts -> assertThat(hsts).startsWith("max-age=31536000"));

        client().get()
                .uri("/api/catalog/conditions")
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectHeader()
                .doesNotExist("Strict-Transport-Security");
    }

    @Test
    void thePatientAndDeskPagesAndTheirAssetsArePublicStaticResources() {
        client().get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .value("Content-Security-Policy", csp -> assertThat(csp).contains("style-src 'self';"));
        client().get()
                .uri("/desk")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .value(page -> assertThat(page).contains("front desk"));
        client().get()
                .uri("/css/spinecare.css")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/css");
    }

    @Test
    void theSwaggerUiListsBothServicesDocuments() {
        client().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        client().get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'SpineCare booking API')].url")
                .isEqualTo("/api-docs/booking")
                .jsonPath("$.urls[?(@.name == 'SpineCare notification API')].url")
                .isEqualTo("/api-docs/notification");
    }

    @Test
    void eachServicesOpenApiDocumentIsServedThroughTheGatewayWithTheGatewayAsServer() {
        client().get()
                .uri("/api-docs/booking")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.info.title")
                .isEqualTo("booking-service")
                .jsonPath("$.servers[0].url")
                .isEqualTo("/");
        assertThat(booking.lastReceived().path()).isEqualTo("/v3/api-docs");

        client().get()
                .uri("/api-docs/notification")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.info.title")
                .isEqualTo("notification-service");
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        client().options()
                .uri("/api/slots")
                .header(HttpHeaders.ORIGIN, "https://partner.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://partner.example");

        client().options()
                .uri("/api/slots")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortAndMetricsIncludeTheCircuitBreakers() {
        WebTestClient management = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .build();
        management
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        management
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(metrics -> assertThat(metrics).contains("resilience4j_circuitbreaker_state"));
    }

    @Test
    void thePublicPortServesNoMetricsAndOnlyTheStatusOfLivenessAndReadiness() {
        client().get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        client().get().uri("/actuator/health").exchange().expectStatus().isNotFound();
        client().get()
                .uri("/readyz")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components")
                .doesNotExist();
        client().get().uri("/livez").exchange().expectStatus().isOk();
        assertThat(booking.received()).isEmpty();
    }
}
