package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One booking is one trace (ADR 0800): from the booking request through the outbox and Kafka to the notification
 * consumer and the SMTP hand-off, all found on the local trace viewer under the trace id the caller sent.
 */
class TraceOfOneBookingTest {

    @Test
    void aBookingCanBeFollowedFromTheRequestToTheSmtpSendOnTheTraceViewer() throws Exception {
        RunningStack stack = RunningStack.get();
        GatewayClient gateway = new GatewayClient(stack.gatewayUrl());
        String traceId = randomHex(32);
        LocalDate from = LocalDate.now().plusDays(5);
        JsonNode slots = gateway.get(
                        "/api/slots?specialistId=dr-arjun-rao&conditionId=spondylolisthesis"
                                + "&consultationType=NEW_CONSULTATION&from=" + from + "&to=" + from.plusDays(10),
                        Map.of())
                .expect(200);
        String slotId = slots.get(slots.size() - 2).get("id").asString();

        gateway.post(
                        "/api/appointments",
                        booking(slotId),
                        Map.of(
                                "Idempotency-Key",
                                UUID.randomUUID().toString(),
                                "traceparent",
                                "00-" + traceId + "-" + randomHex(16) + "-01"))
                .expect(201);

        String page = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> get(stack.tracesUrl() + "/trace?id=" + traceId),
                        // each service exports its spans in batches of its own: wait for both ends
                        html -> html.contains("http post /api/appointments") && html.contains("smtp send"));
        assertThat(page)
                .contains("booking-service", "notification-service")
                .contains("http post /api/appointments")
                .contains("outbox relay io.spinecare.appointment.booked.v2")
                .contains("spinecare.appointments send", "spinecare.appointments process")
                .contains("PRODUCER", "CONSUMER");
    }

    private static Map<String, Object> booking(String slotId) {
        Map<String, Object> request = new HashMap<>();
        request.put("slotId", slotId);
        request.put("consultationType", "NEW_CONSULTATION");
        request.put("conditionId", "spondylolisthesis");
        request.put(
                "patient",
                Map.of(
                        "name", "Rekha Iyer",
                        "email", GatewayClient.emailOf("Rekha Iyer"),
                        "phone", "+91 98765 43210",
                        "dateOfBirth", "1970-02-11"));
        request.put("imaging", List.of());
        return request;
    }

    private static String randomHex(int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(Integer.toHexString(ThreadLocalRandom.current().nextInt(16)));
        }
        return hex.toString();
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
