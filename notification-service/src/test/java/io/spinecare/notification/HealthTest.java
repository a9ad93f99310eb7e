package io.spinecare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.notification.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@IntegrationTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void healthMetricsAndApiDocsAreOpen() {
        RestClient http = RestClient.create("http://localhost:" + port);
        String health = http.get()
                .uri("/actuator/health")
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .body(String.class);
        String metrics = http.get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(health).contains("\"status\":\"UP\"");
        String apiDocs = http.get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(metrics).contains("resilience4j_circuitbreaker_state");
        assertThat(apiDocs).contains("/api/desk/notifications");
    }
}
