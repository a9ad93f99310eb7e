package io.spinecare.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.spinecare.gateway.testing.GatewayIntegrationTest;
import io.spinecare.gateway.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** Issue 6: a down or slow service gives a fast 503 problem+json, never a hang. */
class CircuitBreakerTest extends GatewayIntegrationTest {

    /** Slack for scheduling on a busy, shared 2-core machine, on top of the configured time limit. */
    private static final Duration SLACK = Duration.ofMillis(2000);

    @Autowired
    TimeLimiterRegistry timeLimiters;

    /** The first proxied call and the first fallback load classes; time the behaviour, not that. */
    @BeforeEach
    void warmUp() {
        client().get()
                .uri("/api/catalog/consultation-types")
                .exchange()
                .expectStatus()
                .isOk();
        client().get().uri("/fallback/booking").exchange().expectStatus().isEqualTo(503);
        booking.reset();
    }

    @Test
    void aStoppedServiceYields503ProblemWithinTheTimeLimitAndTheCircuitClosesWhenItReturns() {
        Duration limit = timeLimit("booking-public-read");
        CircuitBreaker breaker = circuitBreakers.circuitBreaker("booking-public-read");
        booking.stop();

        for (int call = 0; call < 4; call++) {
            Duration took = expectServiceUnavailable(client().get().uri("/api/catalog/conditions"), "booking");
            assertThat(took).isLessThan(limit.plus(SLACK));
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(expectServiceUnavailable(client().get().uri("/api/catalog/conditions"), "booking"))
                .as("an open circuit answers without trying the service")
                .isLessThan(limit);

        booking.restart();
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> client().get()
                        .uri("/api/catalog/conditions")
                        .exchange()
                        .expectStatus()
                        .isOk());
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aServiceThatDoesNotAnswerYields503OnceTheRoutesTimeLimitIsReached() {
        Duration limit = timeLimit("booking-public-read");
        assertThat(limit).as("the per-instance time limit is applied").isEqualTo(Duration.ofMillis(800));
        booking.hangOn("/api/slots");

        Duration took = expectServiceUnavailable(client().get().uri("/api/slots?specialistId=s-1"), "booking");

        assertThat(took).isGreaterThanOrEqualTo(limit.minusMillis(50)).isLessThan(limit.plus(SLACK));
    }

    @Test
    void aHangingNotificationServiceDoesNotTakeTheBookingDeskDown() {
        notification.hangOn("/api/desk/notifications");
        String token = TestTokens.withGatewayKey().valid("desk", List.of("front-desk"));

        expectServiceUnavailable(
                client().get().uri("/api/desk/notifications?appointmentId=a-1").headers(h -> h.setBearerAuth(token)),
                "notification");
        client().get()
                .uri("/api/desk/agenda?date=2026-03-02")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void idempotentGetsAreRetriedButABookingPostIsSentExactlyOnce() {
        booking.failOn("/api/slots", 503);

        client().get().uri("/api/slots").exchange().expectStatus().isEqualTo(503);
        assertThat(booking.received()).as("first try and two retries").hasSize(3);

        booking.reset();
        booking.failOn("/api/slots", 503);
        client().post().uri("/api/slots/s-1/hold").exchange().expectStatus().isEqualTo(503);
        assertThat(booking.received()).as("a POST is never repeated").hasSize(1);
    }

    @Test
    void aBookingPostToAHangingServiceIsAnsweredWith503AndNotRepeated() {
        booking.hangOn("/api/appointments");

        expectServiceUnavailable(
                client().post()
                        .uri("/api/appointments")
                        .header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"slotId\":\"s-1\"}"),
                "booking");

        assertThat(booking.received()).hasSize(1);
        assertThat(booking.lastReceived().body()).isEqualTo("{\"slotId\":\"s-1\"}");
    }

    @Test
    void fortyConcurrentRequestsInFlightOnOneRouteAreAllServed() {
        // the api-docs route has a 20 s time limit in the test profile: time to get 40 requests in flight
        booking.hangOn("/v3/api-docs");
        var connections = ConnectionProvider.builder("forty").maxConnections(50).build();
        WebClient webClient = WebClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)))
                .build();
        var responses = Flux.range(0, 40)
                .flatMap(
                        i -> webClient
                                .get()
                                .uri("/api-docs/booking")
                                .exchangeToMono(response ->
                                        Mono.just(response.statusCode().value())),
                        40)
                .collectList()
                .toFuture();

        await().atMost(Duration.ofSeconds(15)).until(() -> booking.received().size() == 40);
        booking.answerHeld();

        assertThat(responses.join()).hasSize(40).containsOnly(200);
        connections.dispose();
    }

    private Duration expectServiceUnavailable(WebTestClient.RequestHeadersSpec<?> request, String service) {
        long started = System.nanoTime();
        request.exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://spinecare.io/problems/service-unavailable")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains(service));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private Duration timeLimit(String route) {
        return timeLimiters.timeLimiter(route).getTimeLimiterConfig().getTimeoutDuration();
    }
}
