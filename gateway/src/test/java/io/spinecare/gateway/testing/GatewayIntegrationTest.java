package io.spinecare.gateway.testing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * The whole gateway on a random port in front of two real local HTTP servers standing in for
 * booking-service and notification-service. One Spring context is shared by every subclass.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public abstract class GatewayIntegrationTest {

    /** The test profile trusts this address as a proxy; 127.0.0.1 and the rest are plain clients. */
    protected static final String TRUSTED_PROXY = "127.0.0.2";

    protected static final TestBackend booking = TestBackend.start("booking");
    protected static final TestBackend notification = TestBackend.start("notification");

    /** The gateway's finished spans go to {@code gateway.jsonl} here, as on the local stack. */
    protected static final Path traces = temporaryDirectory();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ManualTimeMeter rateLimitClock;

    @Autowired
    protected CircuitBreakerRegistry circuitBreakers;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        registry.add("spinecare.gateway.services.booking-url", booking::url);
        registry.add("spinecare.gateway.services.notification-url", notification::url);
        registry.add("spinecare.tracing.directory", traces::toString);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("gateway-traces");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void startFromAQuietGateway() {
        booking.reset();
        notification.reset();
        rateLimitClock.advance(Duration.ofHours(1)); // every bucket full again
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    /** A client connecting from 127.0.0.1. */
    protected WebTestClient client() {
        return clientFrom("127.0.0.1");
    }

    /** A client whose TCP connections come from the given loopback address. */
    protected WebTestClient clientFrom(String localAddress) {
        HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(localAddress, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }
}
