package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against the gateway's port, as a browser or an outside client would call it. */
final class GatewayClient {

    record Answer(int status, JsonNode body) {

        /** The body, after checking the status (the body is in the failure message). */
        JsonNode expect(int expected) {
            assertThat(status).as("HTTP status; body %s", body).isEqualTo(expected);
            return body;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String gateway;

    GatewayClient(String gatewayUrl) {
        this.gateway = gatewayUrl;
    }

    Answer get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return send("GET", path, null, headers);
    }

    Answer post(String path, Object body, Map<String, String> headers) throws IOException, InterruptedException {
        return send("POST", path, body, headers);
    }

    Answer put(String path, Object body, Map<String, String> headers) throws IOException, InterruptedException {
        return send("PUT", path, body, headers);
    }

    /** A front-desk token from the local stack's demo account. */
    String staffToken() throws IOException, InterruptedException {
        return post("/api/auth/token", Map.of("username", "desk", "password", "spinecare-desk"), Map.of())
                .expect(200)
                .get("access_token")
                .asText();
    }

    /** Books a new consultation without scans, as a patient would; {@code holdId} may be null. */
    Answer bookWithoutScans(String slotId, String holdId, String conditionId, String patientName)
            throws IOException, InterruptedException {
        Map<String, Object> request = new HashMap<>();
        request.put("slotId", slotId);
        if (holdId != null) {
            request.put("holdId", holdId);
        }
        request.put("consultationType", "NEW_CONSULTATION");
        request.put("conditionId", conditionId);
        request.put(
                "patient",
                Map.of(
                        "name",
                        patientName,
                        "email",
                        emailOf(patientName),
                        "phone",
                        "+91 98765 43210",
                        "dateOfBirth",
                        "1975-09-30"));
        request.put("imaging", List.of());
        return post(
                "/api/appointments",
                request,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    static String emailOf(String patientName) {
        return patientName.toLowerCase().replace(' ', '.') + "@example.org";
    }

    private Answer send(String method, String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json);
    }
}
