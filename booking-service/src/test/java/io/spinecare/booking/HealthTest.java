package io.spinecare.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

class HealthTest extends IntegrationTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void healthReportsUpIncludingTheDatabaseOnTheManagementPort() {
        Api.Reply health = Api.at(managementPort).get("/actuator/health");
        assertThat(health.string("status")).as(health.toString()).isEqualTo("UP");
        assertThat(health.body().path("components").has("mongo")).isTrue();
    }

    @Test
    void metricsAreOnTheManagementPortOnlyAndThePublicPortAnswersJustLivenessAndReadiness() {
        assertThat(Api.at(managementPort).get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(404);
        assertThat(api.get("/actuator/health").status()).isEqualTo(404);
        Api.Reply ready = api.get("/readyz");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body().has("components")).isFalse();
        assertThat(api.get("/livez").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentIsServedWhenSwitchedOn() {
        assertThat(api.get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void theDeskNeedsAStaffToken() {
        assertThat(api.get("/api/desk/specialists").status()).isEqualTo(401);
        assertThat(api.get("/api/desk/specialists").problemType())
                .isEqualTo("https://spinecare.io/problems/unauthorized");
    }

    @Test
    void aTokenWithoutTheFrontDeskRoleIsForbidden() {
        Api patientish =
                api.withBearer(io.spinecare.booking.support.StaffTokens.token("nurse", java.util.List.of("nurse")));
        assertThat(patientish.get("/api/desk/specialists").status()).isEqualTo(403);
    }
}
