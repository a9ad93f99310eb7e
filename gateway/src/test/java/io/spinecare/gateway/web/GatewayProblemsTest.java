package io.spinecare.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import io.spinecare.gateway.testing.TestTokens;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every error status the gateway answers by itself (not passed on from a service) is RFC 9457
 * problem+json with a SpineCare type: one row per status and cause.
 */
class GatewayProblemsTest extends GatewayIntegrationTest {

    record Case(
            String name, int status, String type, Function<GatewayProblemsTest, EntityExchangeResult<byte[]>> send) {

        @Override
        public String toString() {
            return status + " " + name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                        new Case(
                                "security entry point: no token",
                                401,
                                "unauthenticated",
                                t -> t.get("/api/desk/agenda")),
                        new Case("security entry point: bad token", 401, "unauthenticated", t -> t.client()
                                .get()
                                .uri("/api/desk/agenda")
                                .header("Authorization", "Bearer not-a-token")
                                .exchange()
                                .expectBody()
                                .returnResult()),
                        new Case("access denied: no front-desk role", 403, "forbidden", t -> t.client()
                                .get()
                                .uri("/api/desk/agenda")
                                .headers(h -> h.setBearerAuth(
                                        TestTokens.withGatewayKey().valid("analyst", List.of("analytics"))))
                                .exchange()
                                .expectBody()
                                .returnResult()),
                        new Case(
                                "no actuator on the public port", 404, "not-found", t -> t.get("/actuator/prometheus")),
                        new Case("no route", 404, "not-found", t -> t.get("/api/nothing-here")),
                        new Case("method not allowed", 405, "method-not-allowed", t -> t.client()
                                .delete()
                                .uri("/api/auth/token")
                                .exchange()
                                .expectBody()
                                .returnResult()),
                        new Case("body too large", 413, "payload-too-large", t -> t.client()
                                .post()
                                .uri("/api/appointments")
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue("x".repeat(200 * 1024))
                                .exchange()
                                .expectBody()
                                .returnResult()),
                        new Case("unsupported media type", 415, "unsupported-media-type", t -> t.client()
                                .post()
                                .uri("/api/auth/token")
                                .contentType(MediaType.TEXT_PLAIN)
                                .bodyValue("username=desk")
                                .exchange()
                                .expectBody()
                                .returnResult()),
                        new Case("rate limit", 429, "rate-limited", GatewayProblemsTest::exhaustTokenEndpoint),
                        new Case("service down", 503, "service-unavailable", t -> {
                            booking.stop();
                            return t.get("/api/catalog/conditions");
                        }),
                        new Case(
                                "fallback, breaker open",
                                503,
                                "service-unavailable",
                                t -> t.get("/fallback/notification")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isAProblemWithAStableType(Case c) {
        EntityExchangeResult<byte[]> result = c.send().apply(this);

        assertThat(result.getStatus().value()).as(c.name()).isEqualTo(c.status());
        assertThat(result.getResponseHeaders().getContentType())
                .as(c.name())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String body = new String(result.getResponseBodyContent());
        assertThat(body)
                .contains("\"type\":\"https://spinecare.io/problems/" + c.type() + "\"")
                .contains("\"status\":" + c.status());
        if (c.status() == 429) {
            assertThat(result.getResponseHeaders().getFirst("Retry-After")).isNotBlank();
        }
    }

    private EntityExchangeResult<byte[]> get(String path) {
        return client().get().uri(path).exchange().expectBody().returnResult();
    }

    private EntityExchangeResult<byte[]> exhaustTokenEndpoint() {
        WebTestClient client = client();
        EntityExchangeResult<byte[]> last = null;
        for (int i = 0; i < 10; i++) {
            last = client.post()
                    .uri("/api/auth/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"username\":\"desk\",\"password\":\"wrong\"}")
                    .exchange()
                    .expectBody()
                    .returnResult();
        }
        return last;
    }
}
