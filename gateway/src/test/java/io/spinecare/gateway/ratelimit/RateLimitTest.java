package io.spinecare.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 6: per-client limits on public writes (test profile: 3 at once, then one every 10 s) and
 * on the token endpoint (4 at once, then one a minute). The buckets' clock is moved forward
 * instead of waiting.
 */
class RateLimitTest extends GatewayIntegrationTest {

    @Test
    void publicWritesBiteAfterTheConfiguredBurstAndRecoverAtTheConfiguredRate() {
        WebTestClient patient = clientFrom(TRUSTED_PROXY);
        String client = "203.0.113.10";

        for (int hold = 0; hold < 3; hold++) {
            hold(patient, client).expectStatus().isCreated();
        }
        hold(patient, client)
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://spinecare.io/problems/rate-limited")
                .jsonPath("$.status")
                .isEqualTo(429);
        assertThat(booking.received())
                .as("the rejected request never reached the service")
                .hasSize(3);

        rateLimitClock.advance(Duration.ofSeconds(9));
        hold(patient, client).expectStatus().isEqualTo(429);
        rateLimitClock.advance(Duration.ofSeconds(1));
        hold(patient, client).expectStatus().isCreated();
        hold(patient, client).expectStatus().isEqualTo(429);

        rateLimitClock.advance(Duration.ofSeconds(30));
        for (int hold = 0; hold < 3; hold++) {
            hold(patient, client).expectStatus().isCreated();
        }
    }

    @Test
    void everyClientHasItsOwnBudget() {
        WebTestClient proxy = clientFrom(TRUSTED_PROXY);
        for (int hold = 0; hold < 3; hold++) {
            hold(proxy, "203.0.113.11").expectStatus().isCreated();
        }
        hold(proxy, "203.0.113.11").expectStatus().isEqualTo(429);

        hold(proxy, "203.0.113.12").expectStatus().isCreated();
    }

    @Test
    void holdBookCancelRescheduleAndWaitlistShareOneBudgetPerClient() {
        WebTestClient proxy = clientFrom(TRUSTED_PROXY);
        String client = "203.0.113.13";

        post(proxy, client, "/api/slots/s-1/hold").expectStatus().isCreated();
        post(proxy, client, "/api/appointments").expectStatus().isCreated();
        post(proxy, client, "/api/appointments/SPC-7K2Q/cancel").expectStatus().isCreated();

        post(proxy, client, "/api/appointments/SPC-7K2Q/reschedule")
                .expectStatus()
                .isEqualTo(429);
        post(proxy, client, "/api/waitlist").expectStatus().isEqualTo(429);
        post(proxy, client, "/api/appointments").expectStatus().isEqualTo(429);
    }

    @Test
    void readsAreNotRateLimited() {
        WebTestClient patient = clientFrom("127.0.0.5");
        for (int read = 0; read < 10; read++) {
            patient.get()
                    .uri("/api/slots?specialistId=s-1")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void aClientThatIsNotATrustedProxyCannotEscapeTheLimitByForgingXForwardedFor() {
        WebTestClient attacker = clientFrom("127.0.0.3");
        for (int hold = 0; hold < 3; hold++) {
            hold(attacker, "198.51.100." + hold).expectStatus().isCreated();
        }
        hold(attacker, "198.51.100.99").expectStatus().isEqualTo(429);
        hold(attacker, null).expectStatus().isEqualTo(429);
    }

    @Test
    void behindATrustedProxyOnlyTheAddressTheProxyAddedCounts() {
        WebTestClient proxy = clientFrom(TRUSTED_PROXY);
        // the client forged the left entry; the proxy appended the address it really saw
        for (int hold = 0; hold < 3; hold++) {
            hold(proxy, "10.9.9." + hold + ", 203.0.113.14").expectStatus().isCreated();
        }
        hold(proxy, "10.9.9.77, 203.0.113.14").expectStatus().isEqualTo(429);
    }

    @Test
    void theTokenEndpointIsLimitedMoreStrictlyAgainstPasswordGuessing() {
        WebTestClient guesser = clientFrom("127.0.0.4");
        for (int guess = 0; guess < 4; guess++) {
            login(guesser, "guess-" + guess).expectStatus().isUnauthorized();
        }
        login(guesser, "desk-secret")
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .valueEquals(HttpHeaders.RETRY_AFTER, "60")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        rateLimitClock.advance(Duration.ofSeconds(60));
        login(guesser, "desk-secret").expectStatus().isOk();
        login(guesser, "desk-secret").expectStatus().isEqualTo(429);
    }

    private WebTestClient.ResponseSpec hold(WebTestClient client, String forwardedFor) {
        return post(client, forwardedFor, "/api/slots/s-1/hold");
    }

    private WebTestClient.ResponseSpec post(WebTestClient client, String forwardedFor, String path) {
        return client.post()
                .uri(path)
                .headers(headers -> {
                    if (forwardedFor != null) {
                        headers.set("X-Forwarded-For", forwardedFor);
                    }
                })
                .exchange();
    }

    private WebTestClient.ResponseSpec login(WebTestClient client, String password) {
        return client.post()
                .uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "desk", "password", password))
                .exchange();
    }
}
