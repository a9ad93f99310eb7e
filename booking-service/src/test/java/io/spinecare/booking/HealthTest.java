package io.spinecare.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class HealthTest extends IntegrationTest {

    @Test
    void healthReportsUpIncludingTheDatabase() {
        Api.Reply health = api.get("/actuator/health");
        assertThat(health.string("status")).as(health.toString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAndTheOpenApiDocumentAreOpen() {
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(200);
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
