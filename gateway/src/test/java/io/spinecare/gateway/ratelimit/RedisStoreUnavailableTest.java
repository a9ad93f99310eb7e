package io.spinecare.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code store=redis} and Redis down, public writes go through within the decision time
 * limit instead of hanging while the client reconnects (availability over strictness). The
 * limit itself against a live Redis was checked by hand (gateway/README.md, "Redis").
 */
class RedisStoreUnavailableTest extends GatewayIntegrationTest {

    @Autowired
    RateLimitStore store;

    @DynamicPropertySource
    static void redisThatIsNotThere(DynamicPropertyRegistry registry) {
        registry.add("spinecare.gateway.rate-limit.store", () -> "redis");
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + closedPort());
    }

    @Test
    void theRedisStoreIsUsedAndLetsRequestsThroughPromptlyWhileRedisIsDown() {
        assertThat(store).isInstanceOf(RedisRateLimitStore.class);
        var patient = clientFrom("127.0.0.6");

        for (int hold = 0; hold < 5; hold++) { // more than the test policy's capacity of 3
            long started = System.nanoTime();
            patient.post().uri("/api/slots/s-1/hold").exchange().expectStatus().isCreated();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
        assertThat(booking.received()).hasSize(5);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
