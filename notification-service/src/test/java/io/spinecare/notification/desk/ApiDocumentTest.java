package io.spinecare.notification.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.testsupport.OpenApiSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document the running service serves: written to {@code target/openapi/} for the linter, and equal to
 * the reviewed copy in {@code docs/openapi/}.
 */
@IntegrationTest
class ApiDocumentTest {

    @LocalServerPort
    int port;

    private String served() {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri("/v3/api-docs")
                .retrieve()
                .body(String.class);
    }

    @Test
    void theCommittedDocumentIsTheOneTheServiceServes() throws Exception {
        new OpenApiSnapshot("notification-service").check(served());
    }

    @Test
    void theDeliveryLogIsAStaffOperationWithItsProblems() {
        JsonNode document = OpenApiSnapshot.parse(served());
        JsonNode log = document.at("/paths/~1api~1desk~1notifications/get");

        assertThat(document.at("/info/title").asString()).isEqualTo("SpineCare notification API");
        assertThat(log.path("operationId").asString()).isEqualTo("listNotifications");
        assertThat(log.at("/security/0").has("staffToken")).isTrue();
        assertThat(log.at("/responses/400/content/application~1problem+json/examples/invalid-request/value/type")
                        .asString())
                .isEqualTo("https://spinecare.io/problems/invalid-request");
        assertThat(log.at("/responses/401/content/application~1problem+json").isMissingNode())
                .isFalse();
    }
}
