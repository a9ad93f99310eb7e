package io.spinecare.notification.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.TestJwt;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every refusal notification-service answers, from MVC, security, its filters or Tomcat, is problem+json. */
@IntegrationTest
class HostileRequestsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LOG = "/api/desk/notifications?appointmentId=a-1";

    @LocalServerPort
    int port;

    /** method, path, role of the staff token (null: none), content type, status, problem slug. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("GET", LOG, null, null, 401, "unauthorized"),
                Arguments.of("GET", LOG, "nurse", null, 403, "forbidden"),
                Arguments.of("GET", "/api/desk/notifications", "front-desk", null, 400, "invalid-request"),
                Arguments.of("GET", "/api/desk/no-such-thing", "front-desk", null, 404, "not-found"),
                Arguments.of("GET", "/api/no-such-thing", null, null, 404, "not-found"),
                Arguments.of("DELETE", LOG, "front-desk", null, 405, "method-not-allowed"),
                Arguments.of("GET", LOG, "front-desk", "*/*", 415, "unsupported-media-type"),
                Arguments.of("GET", LOG, "front-desk", "application/json; charset=\"", 415, "unsupported-media-type"),
                Arguments.of("GET", LOG + "&x=%C3%28%FF", "front-desk", null, 400, "bad-request"),
                Arguments.of("GET", "/api/desk/a%2Fb", "front-desk", null, 400, "bad-request"),
                Arguments.of("GET", "/api/desk/a%00b", "front-desk", null, 400, "bad-request"));
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {4}")
    @MethodSource("refusals")
    void isAProblemDocument(String method, String path, String role, String contentType, int status, String slug)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (role != null) {
            request.header("Authorization", "Bearer " + TestJwt.token(role));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }

        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(response.body())
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://spinecare.io/problems/" + slug + "\"");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        byte[] twoMegabytes = ("{\"note\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + LOG))
                .header("Authorization", "Bearer " + TestJwt.token("front-desk"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMegabytes)))
                .build();

        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
