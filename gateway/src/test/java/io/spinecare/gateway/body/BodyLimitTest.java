package io.spinecare.gateway.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies are counted as they arrive: a chunked body (no Content-Length, as JDK's client sends a stream)
 * over the limit is refused with 413 problem+json on every kind of route and never reaches a service.
 */
class BodyLimitTest extends GatewayIntegrationTest {

    private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/appointments", // proxied public write
                "/api/desk/specialists", // proxied, staff only: refused before the token is even looked at
                "/fhir/r4/Appointment", // proxied FHIR write
                "/api/auth/token", // the gateway's own controller
                "/api/nothing-here" // no route at all
            })
    void aChunkedTwoMegabyteBodyIsRefusedWith413BeforeItIsForwarded(String path) throws Exception {
        HttpResponse<String> response =
                http.send(chunkedPost(path, TWO_MEGABYTES), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(response.body())
                        .get("type")
                        .asString())
                .isEqualTo("https://spinecare.io/problems/payload-too-large");
        assertThat(booking.received()).isEmpty();
        assertThat(notification.received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000, 128 * 1024})
    void aChunkedBodyWithinTheLimitReachesTheServiceWhole(int size) throws Exception {
        HttpResponse<String> response =
                http.send(chunkedPost("/api/appointments", size), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(booking.lastReceived().body()).hasSize(size).isEqualTo(body(size));
    }

    @ParameterizedTest
    @ValueSource(ints = {128 * 1024 + 1})
    void oneByteOverTheLimitIsRefused(int size) throws Exception {
        HttpResponse<String> response =
                http.send(chunkedPost("/api/appointments", size), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(booking.received()).isEmpty();
    }

    private HttpRequest chunkedPost(String path, int size) {
        byte[] body = body(size).getBytes(StandardCharsets.US_ASCII);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                // a stream of unknown length: sent with Transfer-Encoding: chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
    }

    private static String body(int size) {
        char[] chars = new char[size];
        Arrays.fill(chars, 'x');
        return new String(chars);
    }
}
