package io.spinecare.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.awaitility.Awaitility.await;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The gateway records one server span per request (ADR 0800): a child of the caller's span, named by its route,
 * the parent of what the service does with the forwarded request, and named in the access log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class GatewaySpanTest extends GatewayIntegrationTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLER_SPAN = "b7ad6b7169203331";

    @Test
    void theForwardedRequestContinuesTheGatewaysOwnSpan(CapturedOutput output) throws Exception {
        client().post()
                .uri("/api/appointments/SC-7KQ2M9/cancel?lang=en")
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .exchange()
                .expectStatus()
                .isCreated();
        String forwarded = booking.lastReceived().header("traceparent");
        String gatewaySpan = forwarded.substring(36, 52);

        String line =
                await().atMost(Duration.ofSeconds(20)).until(() -> spanLine(gatewaySpan), found -> !found.isEmpty());
        assertThat(line)
                .contains("\"traceId\":\"" + TRACE_ID + "\"")
                .contains("\"parentSpanId\":\"" + CALLER_SPAN + "\"")
                .contains("\"name\":\"http post booking-public-write\"")
                .contains("\"kind\":\"SERVER\"")
                .contains("\"service\":\"gateway\"")
                .contains("/api/appointments/***/cancel")
                .doesNotContain("SC-7KQ2M9")
                .doesNotContain("lang=en");
        assertThat(output.getAll()).contains("trace=" + TRACE_ID + "-" + gatewaySpan);
    }

    @Test
    void onlyOneSpanIsRecordedPerForwardedRequest() throws Exception {
        String traceId = "1af7651916cd43dd8448eb211c80319c";
        client().get()
                .uri("/api/catalog/conditions")
                .header("traceparent", "00-" + traceId + "-" + CALLER_SPAN + "-01")
                .exchange()
                .expectStatus()
                .isOk();
        String gatewaySpan = booking.lastReceived().header("traceparent").substring(36, 52);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !spanLine(gatewaySpan).isEmpty());
        assertThat(linesOf(traceId))
                .as("no client span per forwarded request, no span per security filter")
                .hasSize(1);
    }

    @Test
    void aPagesSpanNamesItsPathTemplateNotThePatientsReference() throws Exception {
        String traceId = "2af7651916cd43dd8448eb211c80319c";
        client().get()
                .uri("/manage/SC-7KQ2M9")
                .header("traceparent", "00-" + traceId + "-" + CALLER_SPAN + "-01")
                .exchange()
                .expectStatus()
                .isOk();

        List<String> spans = await().atMost(Duration.ofSeconds(20)).until(() -> linesOf(traceId), l -> !l.isEmpty());
        assertThat(spans)
                .singleElement(STRING)
                .contains("\"http.url\":\"/manage/{reference}\"")
                .doesNotContain("SC-7KQ2M9");
    }

    private static String spanLine(String spanId) throws Exception {
        return lines().stream()
                .filter(l -> l.contains("\"spanId\":\"" + spanId + "\""))
                .findFirst()
                .orElse("");
    }

    private static List<String> linesOf(String traceId) throws Exception {
        return lines().stream()
                .filter(l -> l.contains("\"traceId\":\"" + traceId + "\""))
                .toList();
    }

    private static List<String> lines() throws Exception {
        Path file = traces.resolve("gateway.jsonl");
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
