package io.spinecare.gateway.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * A client guessing manage links (booking-service answers 401/403/404 on /api/appointments/{reference})
 * gets 3 free failures, then waits 30 s, doubling (application-test.yml); the service never sees the
 * refused requests.
 */
class ManageLookupLimitTest extends GatewayIntegrationTest {

    @Test
    void aGuesserIsAnswered429WithRetryAfterAndTheServiceSeesNoMore() {
        booking.failOn("/api/appointments/", 404);
        for (int i = 0; i < 4; i++) {
            assertThat(lookup("203.0.113.50", "SC-GUESS" + i).getStatus().value())
                    .isEqualTo(404);
        }
        int reachedService = booking.received().size();

        EntityExchangeResult<byte[]> refused = lookup("203.0.113.50", "SC-GUESS5");

        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(new String(refused.getResponseBodyContent()))
                .contains("\"type\":\"https://spinecare.io/problems/rate-limited\"");
        assertThat(booking.received()).hasSize(reachedService);

        rateLimitClock.advance(Duration.ofSeconds(30));
        assertThat(lookup("203.0.113.50", "SC-GUESS6").getStatus().value()).isEqualTo(404);
        assertThat(lookup("203.0.113.50", "SC-GUESS7").getResponseHeaders().getFirst("Retry-After"))
                .isEqualTo("60");
    }

    @Test
    void writesOnTheManageRoutesCountAndOtherClientsAreNotSlowed() {
        booking.failOn("/api/appointments/", 403);
        // three writes (the public-write budget of the test profile), then one read: four failures
        for (int i = 0; i < 3; i++) {
            clientFrom(TRUSTED_PROXY)
                    .post()
                    .uri("/api/appointments/SC-GUESS" + i + "/cancel")
                    .header("X-Forwarded-For", "203.0.113.60")
                    .header("X-Manage-Token", "guess")
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        assertThat(lookup("203.0.113.60", "SC-ANY").getStatus().value()).isEqualTo(403);

        assertThat(lookup("203.0.113.60", "SC-ANY").getStatus().value()).isEqualTo(429);
        assertThat(lookup("203.0.113.61", "SC-ANY").getStatus().value()).isEqualTo(403);
    }

    @Test
    void successfulLookupsAndOtherRoutesNeverCount() {
        for (int i = 0; i < 10; i++) {
            assertThat(lookup("203.0.113.70", "SC-REAL").getStatus().value()).isEqualTo(200);
        }
        booking.failOn("/api/catalog/", 404);
        for (int i = 0; i < 10; i++) {
            clientFrom(TRUSTED_PROXY)
                    .get()
                    .uri("/api/catalog/conditions/none-" + i)
                    .header("X-Forwarded-For", "203.0.113.70")
                    .exchange()
                    .expectStatus()
                    .isNotFound();
        }
        assertThat(lookup("203.0.113.70", "SC-REAL").getStatus().value()).isEqualTo(200);
    }

    private EntityExchangeResult<byte[]> lookup(String clientAddress, String reference) {
        return clientFrom(TRUSTED_PROXY)
                .get()
                .uri("/api/appointments/" + reference)
                .header("X-Forwarded-For", clientAddress)
                .header("X-Manage-Token", "guess")
                .exchange()
                .expectBody()
                .returnResult();
    }
}
