package io.spinecare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.notification.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@IntegrationTest
class HealthTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void healthAndMetricsAreOnTheManagementPortAndApiDocsWhenSwitchedOn() {
        RestClient http = RestClient.create("http://localhost:" + managementPort);
        String health = http.get()
                .uri("/actuator/health")
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .body(String.class);
        String metrics = http.get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(health).contains("\"status\":\"UP\"");
        String apiDocs = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/v3/api-docs")
                .retrieve()
                .body(String.class);
        assertThat(metrics).contains("resilience4j_circuitbreaker_state");
        assertThat(apiDocs).contains("/api/desk/notifications");
    }

    @Test
    void thePublicPortServesNoMetricsAndOnlyTheStatusOfReadiness() {
        RestClient http = RestClient.create("http://localhost:" + port);
        int metrics = http.get()
                .uri("/actuator/prometheus")
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toBodilessEntity()
                .getStatusCode()
                .value();
        String ready = http.get().uri("/readyz").retrieve().body(String.class);

        assertThat(metrics).isEqualTo(404);
        assertThat(ready).contains("\"status\":\"UP\"").doesNotContain("components");
    }
}
