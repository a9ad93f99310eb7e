package io.spinecare.gateway.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Password guessing against one account from many addresses (each behind the trusted proxy, each with a full
 * per-client budget) is slowed down per account: 3 free failures, then 10 s, doubling (application-test.yml).
 */
class LoginLockoutTest extends GatewayIntegrationTest {

    private final AtomicInteger nextAddress = new AtomicInteger(1);

    @Test
    void oneAccountGuessedFromManyAddressesIsLockedAndEvenTheRightPasswordWaits() {
        for (int i = 0; i < 4; i++) {
            assertThat(signIn("desk", "guess-" + i).getStatus().value()).isEqualTo(401);
        }

        EntityExchangeResult<byte[]> locked = signIn("desk", "desk-secret");

        assertThat(locked.getStatus().value()).isEqualTo(429);
        assertThat(locked.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(locked.getResponseHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(new String(locked.getResponseBodyContent()))
                .contains("\"type\":\"https://spinecare.io/problems/rate-limited\"")
                .doesNotContain("access_token");

        rateLimitClock.advance(Duration.ofSeconds(10));
        assertThat(signIn("desk", "desk-secret").getStatus().value()).isEqualTo(200);
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        for (int i = 0; i < 4; i++) {
            signIn("desk", "guess-" + i);
        }
        rateLimitClock.advance(Duration.ofSeconds(10));
        assertThat(signIn("desk", "guess-again").getStatus().value()).isEqualTo(401);

        assertThat(signIn("desk", "desk-secret").getResponseHeaders().getFirst("Retry-After"))
                .isEqualTo("20");
    }

    @Test
    void aLockedAccountDoesNotLockTheOthersAndASuccessClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            signIn("desk", "guess-" + i);
        }
        assertThat(signIn("analyst", "analyst-secret").getStatus().value()).isEqualTo(200);

        for (int i = 0; i < 3; i++) {
            signIn("analyst", "guess-" + i);
        }
        assertThat(signIn("analyst", "analyst-secret").getStatus().value()).isEqualTo(200);
        assertThat(signIn("analyst", "one-more-guess").getStatus().value()).isEqualTo(401);
        assertThat(signIn("analyst", "analyst-secret").getStatus().value()).isEqualTo(200);
    }

    /** Each attempt from a new client address, named by the trusted proxy. */
    private EntityExchangeResult<byte[]> signIn(String username, String password) {
        return clientFrom(TRUSTED_PROXY)
                .post()
                .uri("/api/auth/token")
                .header("X-Forwarded-For", "203.0.113." + nextAddress.getAndIncrement())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .exchange()
                .expectBody()
                .returnResult();
    }
}
